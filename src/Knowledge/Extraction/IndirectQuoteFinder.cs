using Knowledge.Graph;
using Knowledge.Text;

namespace Knowledge.Extraction;

/// <summary>
/// Reported speech: a sentence without quotation marks in which a named speaker (person,
/// organisation or report) governs a speech verb — "X said (that) …", "…, X said.", "According to X, …".
/// The quote's text is the sentence; its speaker the named subject.
/// </summary>
internal sealed class IndirectQuoteFinder
{
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    { "said", "says", "told", "added", "stated", "noted", "urged", "explained", "emphasised", "emphasized", "stressed", "warned",
      "argued", "announced", "estimated", "estimates", "found", "finds", "reported", "reports", "revealed", "showed", "shows", "highlighted", "underscored", "called", "recommended" };

    private readonly Lexicons _lex;

    public IndirectQuoteFinder(Lexicons lexicons) => _lex = lexicons;

    public IEnumerable<QuoteMention> Find(Doc doc, List<QuoteMention> direct)
    {
        foreach (var s in doc.Sentences)
        {
            if (doc.Blocks[s.BlockIndex].Kind is BlockKind.Title or BlockKind.Description or BlockKind.ImageCaption) continue;
            if (direct.Any(q => q.Spans.Any(sp => sp.Start < s.End && s.Start < sp.End))) continue;
            bool quoted = false;
            for (int i = s.FirstToken; i < s.EndToken; i++)
                if (doc.Tokens[i].Kind is TokenKind.OpenQuote or TokenKind.CloseQuote && doc.Text[doc.Tokens[i].Start] is '"' or '“' or '”') quoted = true;
            // A sentence ending in a colon introduces a direct quote; it is not reported speech itself.
            if (quoted || s.TokenCount < 8 || doc.Slice(s.Start, s.End).TrimEnd().EndsWith(':')) continue;
            var speaker = FindSpeaker(doc, s, out var cue);
            if (speaker is null) continue;
            yield return new QuoteMention(QuoteKind.Indirect, [(s.Start, s.End)], doc.Slice(s.Start, s.End))
            { Speaker = speaker, Cue = cue, AttributionRule = "indirect-speech-verb" };
        }
    }

    private EntityMention? FindSpeaker(Doc doc, Sentence s, out (int, int)? cue)
    {
        cue = null;
        var mentions = doc.Entities.Where(e => e.Start >= s.Start && e.End <= s.End && e.Type is NodeType.Person or NodeType.Organization or NodeType.Work).ToList();
        if (mentions.Count == 0) return null;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var t = doc.Tokens[i];
            var w = doc.TextOf(t);
            if (w.Equals("According", StringComparison.Ordinal) && i + 2 < s.EndToken && doc.TextOf(doc.Tokens[i + 1]) == "to")
            {
                var m = mentions.FirstOrDefault(e => e.Start == doc.Tokens[i + 2].Start || (i + 3 < s.EndToken && e.Start == doc.Tokens[i + 3].Start));
                if (m is not null) { cue = (t.Start, doc.Tokens[i + 1].End); return m; }
            }
            if (!ReportingVerbs.Contains(w) || !_lex.SpeechVerbs.Contains(w)) continue;
            // The subject: a mention ending at most three tokens (or an appositive) before the verb.
            var subject = mentions.LastOrDefault(e => e.End <= t.Start && doc.TokenIndexAtOrAfter(e.End) >= i - 3);
            subject ??= mentions.FirstOrDefault(e => e.End <= t.Start && doc.Slice(e.End, t.Start).TrimEnd().EndsWith(',') && e.Start >= s.Start);
            // "…, the police said." — verb at the end with the speaker just before it.
            if (subject is not null) { cue = (t.Start, t.End); return subject; }
            // "…, said X." at the end of the sentence.
            var after = mentions.FirstOrDefault(e => e.Start >= t.End && doc.TokenIndexAtOrAfter(t.End) >= i - 1 && doc.TokenIndexAtOrAfter(e.Start) <= i + 2);
            if (after is not null && doc.Slice(s.Start, t.Start).TrimEnd().EndsWith(',')) { cue = (t.Start, t.End); return after; }
        }
        return null;
    }
}
