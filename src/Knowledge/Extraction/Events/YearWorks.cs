using System.Globalization;
using Knowledge.Extraction.Quotes;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// A study or report named by its year ("a 2018 study", "the earlier 2019 WHO survey") was published
/// that year: a Publication dated to the year, with no trigger verb.
/// </summary>
internal sealed class YearWorks
{
    private readonly EventLexicons _events;
    private readonly EventArguments _arguments;

    public YearWorks(LexiconSet lexicons, EventArguments arguments)
    {
        _events = lexicons.Events;
        _arguments = arguments;
    }

    /// <summary>
    /// The document's works named by their year, added to <paramref name="found"/> in text order: added in place rather
    /// than yielded, so no iterator is made for each document.
    /// </summary>
    public void Find(Doc doc, DirectQuoteSpans quotes, LowerCaseTokens lower, List<EventMention> found)
    {
        var tokens = doc.Tokens.AsSpan();
        for (int si = 0; si < doc.Sentences.Length; si++)
        {
            // The sentence's reader (which lowers the whole sentence) is made only at a year after an opener ("a 2018"):
            // many sentences hold a year, few a work named by it. The year and the opener are read in place before.
            EventSentence? reader = null;
            var span = doc.Sentences[si];
            for (int i = span.FirstToken + 1; i < span.EndToken; i++)
            {
                if (tokens[i].Kind != TokenKind.Number || tokens[i].Length != 4) continue;
                if (!int.TryParse(doc.SpanOf(tokens[i]), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 1900 or > 2100) continue;
                if (!_events.YearWorkOpeners.Contains(lower.Of(i - 1))) continue;
                var s = reader ??= new EventSentence(doc, si, lower);
                int head = _events.YearWorkHeads.Contains(s.Lower(i + 1)) ? i + 1 : s.IsCapitalised(i + 1) && _events.YearWorkHeads.Contains(s.Lower(i + 2)) ? i + 2 : -1;
                if (head < 0) continue;
                int start = doc.Tokens[i].Start;
                if (quotes.Cover(start)) continue;
                var trigger = new TriggerMatch(head, head, EventType.Publication, TriggerForm.Noun);
                var date = new DateMention(start, doc.Tokens[i].End, new DateOnly(year, 1, 1), DatePrecision.Year, false);
                found.Add(new EventMention(EventType.Publication, s.Span.Start, s.Span.End, (doc.Tokens[head].Start, doc.Tokens[head].End), EventExtractor.Summary(s.TextSpan))
                {
                    Date = date,
                    DateSource = EventDateSource.Text,
                    Participants = _arguments.Participants(s, new AcceptedTrigger(trigger, EventType.Publication, false, true), quotes),
                });
            }
        }
    }
}
