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

    /// <summary>Dates the undated mentions in place, each from the ones before it as they stand dated (and returns the list).</summary>
    public List<EventMention> Fill(Doc doc, List<EventMention> mentions)
    {
        var result = mentions;
        for (int i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (m.Date is null && FromParagraph(doc, m, result, i) is { } d) result[i] = m with { Date = d, DateSource = EventDateSource.Context };
        }
        // The dates of the gatherings and unshared convictions are read when an undated speech or sentencing asks: most documents have none.
        List<DateMention>? gatherings = null, convictions = null;
        for (int i = 0; i < result.Count; i++)
        {
            var m = result[i];
            if (m.Date is not null) continue;
            if (m.EventType == EventType.Speech && (gatherings ??= GatheringDates(result)).Count == 1 && AtDefiniteGathering(doc, m)) result[i] = m with { Date = gatherings[0], DateSource = EventDateSource.Event };
            else if (m.EventType == EventType.Sentencing && (convictions ??= UnsharedConvictionDates(result)).Count == 1) result[i] = m with { Date = convictions[0], DateSource = EventDateSource.Event };
        }
        return result;
    }

    /// <summary>The distinct dates the text gives its gatherings.</summary>
    private static List<DateMention> GatheringDates(List<EventMention> mentions)
    {
        var dates = new List<DateMention>();
        foreach (var m in mentions)
            if (m.EventType == EventType.Gathering && m.DateSource == EventDateSource.Text) AddDistinct(dates, m.Date!);
        return InIsoOrder(dates);
    }

    /// <summary>The distinct dates of the convictions, without those a sentencing has (a dated sentencing tells its own case).</summary>
    private static List<DateMention> UnsharedConvictionDates(List<EventMention> mentions)
    {
        var dates = new List<DateMention>();
        foreach (var m in mentions)
            if (m.EventType == EventType.Conviction && m.Date is not null) AddDistinct(dates, m.Date);
        dates.RemoveAll(c =>
        {
            foreach (var s in mentions)
                if (s.EventType == EventType.Sentencing && s.Date is not null && IsoDateKey.Same(s.Date, c)) return true;
            return false;
        });
        return InIsoOrder(dates);
    }

    /// <summary>Adds a date unless one with its ISO form is there: the first of each form stays.</summary>
    private static void AddDistinct(List<DateMention> dates, DateMention date)
    {
        foreach (var d in dates)
            if (IsoDateKey.Same(d, date)) return;
        dates.Add(date);
    }

    /// <summary>The dates (of distinct ISO forms) sorted as their ISO forms.</summary>
    private static List<DateMention> InIsoOrder(List<DateMention> dates)
    {
        if (dates.Count > 1) dates.Sort((a, b) => IsoDateKey.Of(a).CompareTo(IsoDateKey.Of(b)));
        return dates;
    }

    /// <summary>The date a mention takes from its paragraph: <paramref name="earlier"/>'s first <paramref name="count"/> mentions are the ones before it.</summary>
    private DateMention? FromParagraph(Doc doc, EventMention m, List<EventMention> earlier, int count)
    {
        int si = doc.SentenceIndexAt(m.Start);
        if (si <= 0) return null;
        int block = doc.Sentences[si].BlockIndex;
        for (int k = count - 1; k >= 0; k--)
        {
            var e = earlier[k];
            if (e.Date is { Precision: DatePrecision.Day } && e.DateSource == EventDateSource.Text && e.Start < m.Start && doc.Sentences[doc.SentenceIndexAt(e.Start)].BlockIndex == block)
                return e.Date;
        }
        var prev = doc.Sentences[si - 1];
        if (prev.BlockIndex != block && doc.Blocks[prev.BlockIndex].Kind == BlockKind.Title) return null;
        var dates = DatesIn(doc, prev);
        if (dates.Count > 0 && dates.AllSame) return dates.First;
        // The narrative runs on: an undated sentence between keeps the time of the one before it.
        if (dates.Count == 0 && si >= 2 && doc.Sentences[si - 2] is var before && doc.Blocks[before.BlockIndex].Kind != BlockKind.Title)
        {
            var older = DatesIn(doc, before);
            if (older.Count > 0 && older.AllSame) return older.First;
        }
        if (dates.Count == 2 && dates.First!.End <= dates.Second!.Start && _events.RangeSeparators.Contains(doc.SpanOf(dates.First.End, dates.Second.Start).Trim())
            && EndsWithRangeOpener(doc.SpanOf(Math.Max(prev.Start, dates.First.Start - 6), dates.First.Start).TrimEnd()))
            return dates.First;
        return null;
    }

    /// <summary>Of the dates inside a sentence: how many, the first two, and whether all have the first one's ISO form.</summary>
    private readonly record struct SentenceDates(int Count, DateMention? First, DateMention? Second, bool AllSame);

    private static SentenceDates DatesIn(Doc doc, Sentence sentence)
    {
        int count = 0;
        DateMention? first = null, second = null;
        bool same = true;
        foreach (var d in doc.Dates)
        {
            if (d.Start < sentence.Start || d.End > sentence.End) continue;
            if (count == 0) first = d;
            else
            {
                if (count == 1) second = d;
                if (same && !IsoDateKey.Same(d, first!)) same = false;
            }
            count++;
        }
        return new SentenceDates(count, first, second, same);
    }

    /// <summary>"spoke at the evening event": the gathering is one the text has already named.</summary>
    private bool AtDefiniteGathering(Doc doc, EventMention m)
    {
        var after = doc.Slice(m.Trigger.End, Math.Min(m.End, m.Trigger.End + 40)).TrimStart().ToLowerInvariant();
        return _events.DefiniteGatheringOpeners.Entries.Any(opener => after.StartsWith(opener.ToLowerInvariant() + " ", StringComparison.Ordinal));
    }

    /// <summary>Whether the text before a date ends with the word that opens a range ("from").</summary>
    private bool EndsWithRangeOpener(ReadOnlySpan<char> before)
    {
        foreach (var opener in _events.RangeOpeners.Entries)
            if (before.EndsWith(opener, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
