using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// Dates an undated event mention from the text around its sentence, in this order:
/// narrative time: a sentence that continues a paragraph ("He was found guilty …", "Two boys were
/// freed in the raid") takes the date of the latest dated event before it in that
/// paragraph, or the date of the sentence just before it ("… ran from June 2020 to May 2022. The scheme
/// was started …" takes the range's start); a speech "at the event" takes the date of the one
/// gathering the document dates; a sentencing takes the date of the one dated conviction that no
/// sentencing of the document shares (a court convicts and sentences in one judgment).
/// </summary>
internal sealed class EventContextDates
{
    private readonly EventLexicons _events;

    public EventContextDates(LexiconSet lexicons) => _events = lexicons.Events;

    public List<EventMention> Fill(Doc doc, List<EventMention> mentions)
    {
        var result = new List<EventMention>(mentions.Count);
        foreach (var m in mentions)
            result.Add(m.Date is null && FromParagraph(doc, m, result) is { } d ? m with { Date = d, DateSource = EventDateSource.Context } : m);
        var gatherings = DistinctDates(result.Where(m => m.EventType == EventType.Gathering && m.DateSource == EventDateSource.Text));
        var convictions = DistinctDates(result.Where(m => m.EventType == EventType.Conviction && m.Date is not null))
            .Where(c => !result.Any(s => s.EventType == EventType.Sentencing && s.Date?.Iso == c.Iso)).ToList();
        for (int i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (m.Date is not null) continue;
            if (m.EventType == EventType.Speech && gatherings.Count == 1 && AtDefiniteGathering(doc, m)) result[i] = m with { Date = gatherings[0], DateSource = EventDateSource.Event };
            else if (m.EventType == EventType.Sentencing && convictions.Count == 1) result[i] = m with { Date = convictions[0], DateSource = EventDateSource.Event };
        }
        return result;
    }

    private DateMention? FromParagraph(Doc doc, EventMention m, List<EventMention> earlier)
    {
        int si = doc.SentenceIndexAt(m.Start);
        if (si <= 0) return null;
        int block = doc.Sentences[si].BlockIndex;
        var prior = earlier.LastOrDefault(e => e.Date is { Precision: DatePrecision.Day } && e.DateSource == EventDateSource.Text && e.Start < m.Start && doc.Sentences[doc.SentenceIndexAt(e.Start)].BlockIndex == block);
        if (prior is not null) return prior.Date;
        var prev = doc.Sentences[si - 1];
        if (prev.BlockIndex != block && doc.Blocks[prev.BlockIndex].Kind == BlockKind.Title) return null;
        var dates = doc.Dates.Where(d => d.Start >= prev.Start && d.End <= prev.End).ToList();
        if (dates.Count > 0 && dates.All(d => d.Iso == dates[0].Iso)) return dates[0];
        // The narrative runs on: an undated sentence between keeps the time of the one before it.
        if (dates.Count == 0 && si >= 2 && doc.Sentences[si - 2] is var before && doc.Blocks[before.BlockIndex].Kind != BlockKind.Title)
        {
            var older = doc.Dates.Where(d => d.Start >= before.Start && d.End <= before.End).ToList();
            if (older.Count > 0 && older.All(d => d.Iso == older[0].Iso)) return older[0];
        }
        if (dates.Count == 2 && dates[0].End <= dates[1].Start && _events.RangeSeparators.Contains(doc.Slice(dates[0].End, dates[1].Start).Trim())
            && EndsWithRangeOpener(doc.Slice(Math.Max(prev.Start, dates[0].Start - 6), dates[0].Start).TrimEnd()))
            return dates[0];
        return null;
    }

    /// <summary>"spoke at the evening event": the gathering is one the text has already named.</summary>
    private bool AtDefiniteGathering(Doc doc, EventMention m)
    {
        var after = doc.Slice(m.Trigger.End, Math.Min(m.End, m.Trigger.End + 40)).TrimStart().ToLowerInvariant();
        return _events.DefiniteGatheringOpeners.Entries.Any(opener => after.StartsWith(opener.ToLowerInvariant() + " ", StringComparison.Ordinal));
    }

    /// <summary>Whether the text before a date ends with the word that opens a range ("from").</summary>
    private bool EndsWithRangeOpener(string before) =>
        _events.RangeOpeners.Entries.Any(opener => before.EndsWith(opener, StringComparison.OrdinalIgnoreCase));

    private static List<DateMention> DistinctDates(IEnumerable<EventMention> mentions) =>
        mentions.Select(m => m.Date!).GroupBy(d => d.Iso, StringComparer.Ordinal).Select(g => g.First()).OrderBy(d => d.Iso, StringComparer.Ordinal).ToList();
}
