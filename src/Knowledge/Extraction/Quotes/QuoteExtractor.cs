using System.Collections.Immutable;
using Knowledge.Extraction.Dates;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// Finds quotes and their speakers. Direct quotes are double-quoted statements of six words or more
/// (shorter ones are scare quotes or titles), running to the end of the paragraph when the closing
/// mark is missing, and joined when interrupted by their attribution in one paragraph. Speakers come
/// from ordered sieves, most certain first (after CoreNLP's and Citron's designs): a speech verb
/// after the quote ("…,” said X), before it ("X said: “…”"), the previous paragraph ending in a colon,
/// a pronoun resolved to the last person named, and the previous quote's speaker for a paragraph that
/// continues it. No rule, no speaker. A quote printed twice (a pull-quote) is one quote with both spans.
/// Indirect quotes are sentences without quotation marks where a named speaker governs a speech verb.
/// </summary>
public sealed partial class QuoteExtractor : IDocComponent
{
    private const int MinimumWords = 6;

    private readonly LexiconSet _lex;

    /// <summary>Creates the extractor over the given lexicons.</summary>
    public QuoteExtractor(LexiconSet lexicons) => _lex = lexicons;

    /// <summary>Creates the extractor over the default lexicons.</summary>
    public QuoteExtractor() : this(LexiconSet.Default) { }

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var context = new QuoteContext(doc, _lex);
        var resolver = new SourceResolver(context);
        var sieves = new SpeakerSieves(context, resolver);
        var quotes = new List<QuoteMention>();
        // A block's quote spans, where each of its quotes starts among them, and one quote's spans: refilled for every
        // block and quote on this thread (each is read before the next is made).
        var spans = t_spans ??= [];
        var groupStarts = t_groupStarts ??= [];
        var group = t_group ??= [];
        var published = context.PublishedDate;
        var dateSource = context.DateSource;
        EntityMention? previousSpeaker = null;
        int previousBlock = -2;
        int previousEnd = -1;
        for (int b = 0; b < doc.Blocks.Length; b++)
        {
            if (doc.Blocks[b].Kind is BlockKind.Title or BlockKind.Description or BlockKind.ImageCaption) continue;
            QuoteSpans(doc, b, spans);
            if (spans.Count == 0) continue;
            MergeInterrupted(doc, spans, groupStarts);
            for (int g = 0; g < groupStarts.Count; g++)
            {
                group.Clear();
                int end = g + 1 < groupStarts.Count ? groupStarts[g + 1] : spans.Count;
                for (int k = groupStarts[g]; k < end; k++) group.Add(spans[k]);
                var text = QuoteText.Of(doc, group);
                var (speaker, rule, cue) = sieves.Attribute(b, group);
                if (speaker is null && previousSpeaker is not null && previousBlock == b - 1 && BlockIsOnlyQuote(doc, b, group))
                    (speaker, rule) = (previousSpeaker, AttributionRuleIds.ContinuesPreviousQuote);
                // “A” and “B” — quotes side by side in one paragraph, joined by a word or two, share a speaker.
                if (speaker is null && previousSpeaker is not null && previousBlock == b && previousEnd >= 0
                    && IsShortJoin(doc, previousEnd, group[0].Start))
                    (speaker, rule) = (previousSpeaker, AttributionRuleIds.JoinedToPreviousQuote);
                // Made once, with its attribution and the published date: no copy per property set.
                quotes.Add(new QuoteMention(QuoteKind.Direct, [.. group], text)
                {
                    Speaker = speaker,
                    AttributionRule = rule,
                    Cue = cue,
                    Date = published,
                    DateSource = dateSource,
                });
                previousSpeaker = speaker ?? previousSpeaker;
                previousBlock = b;
                previousEnd = group[^1].End;
            }
        }
        var all = MergePullQuotes(quotes);
        // One reader of reported speech for the document: partial quotes ask it of a quote's sentence, then the
        // indirect quotes of every sentence (each question is answered before the next is asked).
        var cues = new SentenceCues(context, resolver);
        // The direct quotes that are not quoted words inside reported speech, kept in place.
        int kept = 0;
        for (int k = 0; k < all.Count; k++)
            if (!PartialQuotes.InReportedSpeech(context, cues, all[k])) all[kept++] = all[k];
        all.RemoveRange(kept, all.Count - kept);
        IndirectQuoteFinder.Find(context, cues, DirectQuoteSpans.Of(all), all);
        InTextOrder(all);
        return doc with { Quotes = [.. all] };
    }

    [ThreadStatic] private static List<(int Start, int End)>? t_spans, t_group;
    [ThreadStatic] private static List<int>? t_groupStarts;

    /// <summary>
    /// Sorts quotes by start, keeping the order of quotes that start together (a stable sort, as <c>OrderBy</c>): an
    /// insertion sort, as the direct quotes and the indirect ones are each in text order already.
    /// </summary>
    private static void InTextOrder(List<QuoteMention> quotes)
    {
        for (int i = 1; i < quotes.Count; i++)
        {
            var q = quotes[i];
            int j = i - 1;
            while (j >= 0 && quotes[j].Start > q.Start)
            {
                quotes[j + 1] = quotes[j];
                j--;
            }
            quotes[j + 1] = q;
        }
    }

    /// <summary>
    /// Double-quoted spans of a block with six words or more, written into <paramref name="result"/>; an unclosed quote runs to the block's end.
    /// A block quote without quotation marks is quoted as a whole: the indentation is the quotation mark.
    /// A closing mark with no opening one before it in the paragraph closes a quote that began with the
    /// paragraph (a quotation continued from the previous paragraph, or a dropped opening mark).
    /// </summary>
    private void QuoteSpans(Doc doc, int b, List<(int Start, int End)> result)
    {
        var block = doc.Blocks[b];
        result.Clear();
        int first = doc.TokenIndexAtOrAfter(block.Start);
        if (block.Kind == BlockKind.BlockQuote && UnmarkedBlockQuote(doc, block, first) is { } whole)
        {
            result.Add(whole);
            return;
        }
        int i = first;
        if (ClosingBeforeAnyOpening(doc, block, first) is int close)
        {
            int words = 0;
            for (int k = first; k < close; k++) if (doc.Tokens[k].Kind == TokenKind.Word) words++;
            // A dateline heading the paragraph ("PORTVILLE, NORTHLAND –") is not the quote's opening words.
            int start = Dateline.EndOfOpening(doc, block.Start, block.End, _lex.Dates.DatelineSeparators) is int dateline && dateline < doc.Tokens[close].Start
                ? doc.Tokens[doc.TokenIndexAtOrAfter(dateline)].Start : doc.Tokens[first].Start;
            if (words >= MinimumWords) result.Add((start, doc.Tokens[close].Start));
            i = close + 1;
        }
        while (i < doc.Tokens.Length && doc.Tokens[i].Start < block.End)
        {
            var t = doc.Tokens[i];
            if (t.Kind != TokenKind.OpenQuote || !IsDouble(doc.Text[t.Start])) { i++; continue; }
            int j = i + 1;
            while (j < doc.Tokens.Length && doc.Tokens[j].Start < block.End
                   && !(doc.Tokens[j].Kind == TokenKind.CloseQuote && IsDouble(doc.Text[doc.Tokens[j].Start]))) j++;
            int contentStart = t.End;
            int contentEnd = j < doc.Tokens.Length && doc.Tokens[j].Start < block.End ? doc.Tokens[j].Start : block.End;
            int words = 0;
            for (int k = i + 1; k < j && k < doc.Tokens.Length; k++) if (doc.Tokens[k].Kind == TokenKind.Word) words++;
            if (words >= MinimumWords && !IsNamedNotSaid(doc, i)) result.Add((contentStart, contentEnd));
            i = j + 1;
        }
    }

    /// <summary>The token index of a double closing mark met before any opening one in the block, or null.</summary>
    private static int? ClosingBeforeAnyOpening(Doc doc, Block block, int first)
    {
        for (int k = first; k < doc.Tokens.Length && doc.Tokens[k].Start < block.End; k++)
        {
            var t = doc.Tokens[k];
            // Only quote tokens matter: their kind is read before their character.
            if (t.Kind is not (TokenKind.OpenQuote or TokenKind.CloseQuote) || !IsDouble(doc.Text[t.Start])) continue;
            if (t.Kind == TokenKind.OpenQuote) return null;
            return k;
        }
        return null;
    }

    /// <summary>"the question: “…?”", "a campaign titled “…”": the quoted words are a name, not a statement.</summary>
    private bool IsNamedNotSaid(Doc doc, int openQuote)
    {
        int k = openQuote - 1;
        while (k >= 0 && doc.Tokens[k].Kind is TokenKind.Punctuation or TokenKind.Symbol && doc.SpanOf(doc.Tokens[k]) is ":" or "," or "-" or "–" or "—") k--;
        return k >= 0 && _lex.Quotes.NamingWords.Contains(doc.SpanOf(doc.Tokens[k]));
    }

    /// <summary>The content of a block quote that has no double quotation mark of its own, when it is a statement of six words or more.</summary>
    private static (int Start, int End)? UnmarkedBlockQuote(Doc doc, Block block, int firstToken)
    {
        int words = 0;
        for (int i = firstToken; i < doc.Tokens.Length && doc.Tokens[i].Start < block.End; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind is TokenKind.OpenQuote or TokenKind.CloseQuote && IsDouble(doc.Text[t.Start])) return null;
            if (t.Kind == TokenKind.Word) words++;
        }
        if (words < MinimumWords) return null;
        int start = block.Start, end = block.End;
        while (start < end && char.IsWhiteSpace(doc.Text[start])) start++;
        while (end > start && char.IsWhiteSpace(doc.Text[end - 1])) end--;
        return (start, end);
    }

    private static bool IsDouble(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    /// <summary>
    /// “A,” said X. “B.” in one paragraph is one quote when the text between holds a speech cue and is short. A quote is
    /// a run of the block's spans: <paramref name="groupStarts"/> (cleared first) gets the index of each one's first span.
    /// </summary>
    private void MergeInterrupted(Doc doc, List<(int Start, int End)> spans, List<int> groupStarts)
    {
        groupStarts.Clear();
        groupStarts.Add(0);
        for (int k = 1; k < spans.Count; k++)
        {
            var gap = doc.SpanOf(spans[k - 1].End, spans[k].Start);
            int gapWords = CountWords(gap);
            bool cue = HasSpeechVerb(gap);
            if (!(cue && gapWords <= 25 && !NewSentenceLeadsIn(doc, spans[k - 1].End, spans[k].Start))) groupStarts.Add(k);
        }
    }

    /// <summary>The number of words of a gap split at spaces (as <c>Split(' ', RemoveEmptyEntries)</c> counts them).</summary>
    private static int CountWords(ReadOnlySpan<char> gap)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in gap)
        {
            if (c == ' ') inWord = false;
            else if (!inWord) { inWord = true; words++; }
        }
        return words;
    }

    /// <summary>Whether a piece of the gap between spaces, commas, full stops and colons is a speech verb, read in place.</summary>
    private bool HasSpeechVerb(ReadOnlySpan<char> gap)
    {
        while (!gap.IsEmpty)
        {
            int cut = gap.IndexOfAny(" ,.:");
            var piece = cut < 0 ? gap : gap[..cut];
            if (!piece.IsEmpty && _lex.Speech.SpeechVerbs.Contains(piece)) return true;
            if (cut < 0) break;
            gap = gap[(cut + 1)..];
        }
        return false;
    }

    /// <summary>
    /// “A,” X said. And with Y, “B.” — after the attribution's sentence ends, words of a new sentence lead
    /// into B, so B is a new statement rather than the rest of A.
    /// </summary>
    private static bool NewSentenceLeadsIn(Doc doc, int from, int to)
    {
        bool ended = false;
        for (int k = doc.TokenIndexAtOrAfter(from); k < doc.Tokens.Length && doc.Tokens[k].End <= to; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Terminal) ended = true;
            else if (ended && t.Kind == TokenKind.Word) return true;
        }
        return false;
    }

    /// <summary>At most three words, none of them a name, between two quotes.</summary>
    private static bool IsShortJoin(Doc doc, int from, int to)
    {
        if (to <= from || doc.EntitiesWithin(from, to).Any()) return false;
        int words = 0;
        for (int k = doc.TokenIndexAtOrAfter(from); k < doc.Tokens.Length && doc.Tokens[k].End <= to; k++)
            if (doc.Tokens[k].Kind == TokenKind.Word) words++;
        return words <= 3;
    }

    private static bool BlockIsOnlyQuote(Doc doc, int b, List<(int Start, int End)> group)
    {
        var block = doc.Blocks[b];
        return group[0].Start - block.Start <= 2;
    }
}
