using Knowledge.Graph;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>
/// The speaker sieves for a direct quote, most certain first: a cue after the quote in the same
/// paragraph, a cue before it, the previous paragraph introducing it ("X said:"), and pronouns
/// resolved to the last person named before the quote.
/// </summary>
internal sealed class QuoteAttributor
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };
    private readonly Lexicons _lex;

    public QuoteAttributor(Lexicons lexicons) => _lex = lexicons;

    public (EntityMention? Speaker, string? Rule, (int, int)? Cue) Attribute(Doc doc, int blockIndex, List<(int Start, int End)> spans)
    {
        var block = doc.Blocks[blockIndex];
        // 1. After the quote (and between its parts): "…,” said X" / "…,” X said".
        for (int k = 0; k < spans.Count; k++)
        {
            int from = spans[k].End;
            int to = k + 1 < spans.Count ? spans[k + 1].Start : NextOpenQuoteOrEnd(doc, from, block.End);
            var r = FromSegment(doc, from, to, spans[0].Start, after: true);
            if (r.Speaker is not null) return r;
        }
        // 2. Before the quote in the same paragraph: "X said: “…”".
        int segStart = PreviousCloseQuoteOrStart(doc, block.Start, spans[0].Start);
        var before = FromSegment(doc, segStart, spans[0].Start, spans[0].Start, after: false);
        if (before.Speaker is not null) return before;
        // 3. The previous paragraph introduces it: "…, said:".
        if (blockIndex > 0)
        {
            var prev = doc.Blocks[blockIndex - 1];
            var prevText = doc.Slice(prev.Start, prev.End).TrimEnd();
            if (prevText.EndsWith(':'))
            {
                var r = FromSegment(doc, prev.Start, prev.End, spans[0].Start, after: false);
                if (r.Speaker is not null) return (r.Speaker, "previous-paragraph-colon", r.Cue);
            }
        }
        return (null, null, null);
    }

    private (EntityMention? Speaker, string? Rule, (int, int)? Cue) FromSegment(Doc doc, int from, int to, int quoteStart, bool after)
    {
        if (to <= from) return (null, null, null);
        int ti = doc.TokenIndexAtOrAfter(from);
        int limit = after ? ti + 14 : int.MaxValue;
        for (int i = ti; i < doc.Tokens.Length && doc.Tokens[i].End <= to && i < limit; i++)
        {
            var t = doc.Tokens[i];
            var w = doc.TextOf(t);
            bool according = w.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < doc.Tokens.Length && doc.TextOf(doc.Tokens[i + 1]) == "to";
            if (!according && !_lex.SpeechVerbs.Contains(w)) continue;
            var cue = (t.Start, t.End);
            // "said X" / "according to X": the first speaker-like mention after the cue.
            var afterCue = SpeakerMentions(doc, t.End, Math.Min(to, SentenceEndAt(doc, t.Start))).FirstOrDefault();
            var beforeCue = SpeakerMentions(doc, from, t.Start).ToList();
            if (i > 0 && Pronouns.Contains(doc.TextOf(doc.Tokens[i - 1])) && doc.Tokens[i - 1].Start >= from)
            {
                var last = LastPersonBefore(doc, quoteStart);
                if (last is not null) return (last, "pronoun", cue);
            }
            if (beforeCue.Count > 0)
            {
                var subject = beforeCue.FirstOrDefault(m => m.Type == NodeType.Person) ?? beforeCue[0];
                if (afterCue is null || !after) return (subject, after ? "speaker-then-cue-after-quote" : "speaker-cue-before-quote", cue);
            }
            if (afterCue is not null) return (afterCue, after ? "cue-then-speaker-after-quote" : "cue-speaker-before-quote", cue);
            if (i + 1 < doc.Tokens.Length && Pronouns.Contains(doc.TextOf(doc.Tokens[i + 1])))
            {
                var last = LastPersonBefore(doc, quoteStart);
                if (last is not null) return (last, "pronoun", cue);
            }
        }
        return (null, null, null);
    }

    private static IEnumerable<EntityMention> SpeakerMentions(Doc doc, int from, int to) =>
        doc.Entities.Where(e => e.Start >= from && e.End <= to && e.Type is NodeType.Person or NodeType.Organization or NodeType.Work);

    internal static EntityMention? LastPersonBefore(Doc doc, int offset) =>
        doc.Entities.LastOrDefault(e => e.Type == NodeType.Person && e.End <= offset);

    private static int SentenceEndAt(Doc doc, int offset)
    {
        int s = doc.SentenceIndexAt(offset);
        return s < 0 ? offset : doc.Sentences[s].End;
    }

    private static int NextOpenQuoteOrEnd(Doc doc, int from, int blockEnd)
    {
        for (int i = doc.TokenIndexAtOrAfter(from); i < doc.Tokens.Length && doc.Tokens[i].Start < blockEnd; i++)
            if (doc.Tokens[i].Kind == TokenKind.OpenQuote && doc.Text[doc.Tokens[i].Start] is '"' or '“') return doc.Tokens[i].Start;
        return blockEnd;
    }

    private static int PreviousCloseQuoteOrStart(Doc doc, int blockStart, int before)
    {
        int i = doc.TokenIndexAtOrAfter(before) - 1;
        for (; i >= 0 && doc.Tokens[i].Start >= blockStart; i--)
            if (doc.Tokens[i].Kind == TokenKind.CloseQuote && doc.Text[doc.Tokens[i].Start] is '"' or '”') return doc.Tokens[i].End;
        return blockStart;
    }
}
