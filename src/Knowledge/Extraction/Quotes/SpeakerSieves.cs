using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The speaker sieves for a direct quote, most certain first: a cue after the quote in the same
/// paragraph, a cue before it, the previous paragraph introducing it ("X said:"), and pronouns
/// resolved to the last person named before the quote.
/// </summary>
internal sealed partial class SpeakerSieves
{
    private readonly QuoteContext _context;
    private readonly Doc _doc;
    private readonly LexiconSet _lex;

    /// <summary>The sieves over a document, resolving sources with the document's <paramref name="resolver"/> (one per document: it indexes the speakers and reads the works once).</summary>
    public SpeakerSieves(QuoteContext context, SourceResolver resolver)
    {
        _context = context;
        _doc = context.Doc;
        _lex = context.Lexicons;
        _resolver = resolver;
    }

    private readonly SourceResolver _resolver;
    private readonly List<EntityMention> _afterCue = [], _beforeCue = [];

    /// <summary>The speaker of a direct quote with the given spans in a block, the rule that found it and the cue.</summary>
    public (EntityMention? Speaker, string? Rule, (int, int)? Cue) Attribute(int blockIndex, List<(int Start, int End)> spans)
    {
        var doc = _doc;
        var block = doc.Blocks[blockIndex];
        // 1. After the quote (and between its parts): "…,” said X" / "…,” X said".
        for (int k = 0; k < spans.Count; k++)
        {
            int from = spans[k].End;
            int to = k + 1 < spans.Count ? spans[k + 1].Start : NextOpenQuoteOrEnd(doc, from, block.End);
            var r = FromSegment(from, to, spans[0].Start, after: true);
            if (r.Speaker is not null) return r;
        }
        // 1b. A credit line: the name right after the closing mark ("…” Dr. Ana Cruz, Director of X"),
        //     or a short next paragraph that is only the credit ("— Ana Cruz, Director, X").
        var credit = CreditLine(doc, blockIndex, spans[^1].End, nextParagraph: false);
        if (credit is not null) return credit.Value;
        // 2. Before the quote in the same paragraph: "X said: “…”".
        // The cue stands in the sentence that opens the quote, else in the sentence before it
        // ("…,” the paper reports. And with rising costs, “…”), never further back in the paragraph.
        int segStart = PreviousCloseQuoteOrStart(doc, block.Start, spans[0].Start);
        int sentenceStart = SentenceStartBefore(doc, spans[0].Start, previous: 0);
        var before = FromSegment(Math.Max(segStart, sentenceStart), spans[0].Start, spans[0].Start, after: false);
        if (before.Speaker is not null) return before;
        int previousSentence = SentenceStartBefore(doc, spans[0].Start, previous: 1);
        if (previousSentence < sentenceStart && segStart < sentenceStart)
        {
            before = FromSegment(Math.Max(segStart, previousSentence), sentenceStart, spans[0].Start, after: false);
            if (before.Speaker is not null) return before;
        }
        // 3. The previous paragraph introduces it: "X, Role, said:" — or, with no speech verb,
        //    "X, a survivor, recalls how it felt:", whose subject is the speaker.
        if (blockIndex > 0 && spans[0].Start - block.Start <= 2)
        {
            var prev = doc.Blocks[blockIndex - 1];
            var prevText = doc.SpanOf(prev.Start, prev.End).TrimEnd();
            if (prevText is [.., ':'])
            {
                var r = FromSegment(prev.Start, prev.End, spans[0].Start, after: false);
                if (r.Speaker is not null) return (r.Speaker, AttributionRuleIds.PreviousParagraphColon, r.Cue);
                int last = doc.SentenceIndexAt(prev.Start + prevText.Length - 1);
                if (last >= 0 && SpeakerMentions(doc, doc.Sentences[last].Start, prev.End).FirstOrDefault() is { } subject
                    && IsSentenceSubject(doc, doc.Sentences[last], subject))
                    return (subject, AttributionRuleIds.PreviousParagraphColonSubject, null);
                if (last >= 0 && NominalSpeakers.SubjectOf(_context, doc.Sentences[last], spans[0].Start) is { } behind)
                    return (behind, AttributionRuleIds.PreviousParagraphColonDocument, null);
            }
        }
        // 3b. The next paragraph is only a credit line.
        var nextCredit = CreditLine(doc, blockIndex, spans[^1].End, nextParagraph: true);
        if (nextCredit is not null) return nextCredit.Value;
        // 4. A quote ending in a comma runs on into the next paragraph's attribution: "…," / "X, Role, said:".
        if (doc.SpanOf(spans[^1].Start, spans[^1].End).TrimEnd() is [.., ','] && blockIndex + 1 < doc.Blocks.Length)
        {
            var next = doc.Blocks[blockIndex + 1];
            int sentence = doc.SentenceIndexAt(next.Start);
            int end = sentence >= 0 ? Math.Min(next.End, doc.Sentences[sentence].End) : next.End;
            var r = FromSegment(next.Start, end, spans[0].Start, after: false);
            if (r.Speaker is not null && r.Rule != AttributionRuleIds.Pronoun) return (r.Speaker, AttributionRuleIds.NextParagraphAttribution, r.Cue);
        }
        return (null, null, null);
    }

    /// <summary>The person named right after a quote with only dashes or spaces between, in the same or the next (short) paragraph.</summary>
    private static (EntityMention? Speaker, string? Rule, (int, int)? Cue)? CreditLine(Doc doc, int blockIndex, int quoteEnd, bool nextParagraph)
    {
        var block = doc.Blocks[blockIndex];
        int close = doc.TokenIndexAtOrAfter(quoteEnd);
        if (close < doc.Tokens.Length && doc.Tokens[close].Kind == TokenKind.CloseQuote) close++;
        int from = close < doc.Tokens.Length ? doc.Tokens[close].Start : block.End;
        if (from < block.End)
        {
            var m = nextParagraph ? null : PersonOpening(doc, from, block.End);
            return m is null ? null : (m, AttributionRuleIds.CreditLine, null);
        }
        if (!nextParagraph || blockIndex + 1 >= doc.Blocks.Length) return null;
        var next = doc.Blocks[blockIndex + 1];
        int words = 0;
        for (int i = doc.TokenIndexAtOrAfter(next.Start); i < doc.Tokens.Length && doc.Tokens[i].Start < next.End; i++)
            if (doc.Tokens[i].Kind == TokenKind.Word) words++;
        // A credit is a name and titles, not a sentence or an introduction to the next quote.
        if (words > 30 || doc.SpanOf(next.Start, next.End).TrimEnd() is [.., '.' or ':']) return null;
        var person = PersonOpening(doc, next.Start, next.End);
        return person is null ? null : (person, AttributionRuleIds.CreditLineNextParagraph, null);
    }

    /// <summary>A person mention that opens the range, after nothing but dashes, bullets or spaces, and is followed by a comma or the end.</summary>
    private static EntityMention? PersonOpening(Doc doc, int from, int to)
    {
        int i = from;
        while (i < to && (char.IsWhiteSpace(doc.Text[i]) || doc.Text[i] is '-' or '–' or '—' or '*' or '•')) i++;
        int first = doc.EntityIndexAtOrAfter(i);
        var m = first < doc.Entities.Length && doc.Entities[first].Start < to ? doc.Entities[first] : null;
        if (m is null || m.Type != EntityType.Person || m.Start != i && !(m.Honorific is not null && m.Start <= i + m.Honorific.Length)) return null;
        int after = m.End;
        while (after < to && doc.Text[after] is ' ' or '*') after++;
        return after >= to || doc.Text[after] is ',' or '\n' ? m : null;
    }

    /// <summary>Whether the mention opens its sentence, after at most an article or a short lead-in.</summary>
    private static bool IsSentenceSubject(Doc doc, Sentence sentence, EntityMention mention)
    {
        int words = 0;
        for (int i = sentence.FirstToken; i < sentence.EndToken && doc.Tokens[i].Start < mention.Start; i++)
            if (doc.Tokens[i].Kind == TokenKind.Word) words++;
        return words <= 1;
    }

    private (EntityMention? Speaker, string? Rule, (int, int)? Cue) FromSegment(int from, int to, int quoteStart, bool after)
    {
        var doc = _doc;
        if (to <= from) return (null, null, null);
        int ti = doc.TokenIndexAtOrAfter(from);
        int limit = after ? ti + 14 : int.MaxValue;
        var table = doc.TokenBits(_lex);
        for (int i = ti; i < doc.Tokens.Length && doc.Tokens[i].End <= to && i < limit; i++)
        {
            var t = doc.Tokens[i];
            var w = doc.SpanOf(t);
            // A cue is a speech verb or opens a source-after phrase: the bits rule out the other words without a lookup.
            if (!table.Has(i, TokenLexicons.SpeechVerb | TokenLexicons.SourceAfterOpener)) continue;
            if (!_lex.Speech.TryGetFrames(w, out _) && _lex.Speech.SourceAfterPhraseAt(doc, 0, doc.Tokens.Length, i) == 0) continue;
            var cue = (t.Start, t.End);
            // "…,” the 2022 annual report says." — a document named by a common noun (its modifiers may name
            // things too: "the 2022 ACME report") speaks for whoever released it.
            if (NominalSpeakers.BeforeCue(_context, i, quoteStart) is { } behind) return (behind, AttributionRuleIds.DocumentNoun, cue);
            // "said X" / "according to X": the first speaker-like mention after the cue.
            var afterCue = PersonFirst(SpeakerMentions(doc, t.End, Math.Min(to, SentenceEndAt(doc, t.Start)), _afterCue), doc);
            var beforeCue = SpeakerMentions(doc, from, t.Start, _beforeCue);
            if (i > 0 && _lex.English.ThirdPersonSubjectPronouns.Contains(doc.SpanOf(doc.Tokens[i - 1])) && doc.Tokens[i - 1].Start >= from)
            {
                var last = LastPersonBefore(doc, quoteStart);
                if (last is not null) return (last, AttributionRuleIds.Pronoun, cue);
            }
            // "…,” the minister said." / "…,” said the minister.": a role noun stands for the nearest compatible person.
            if (RoleNominalAround(i, from, to) is { } holder) return (holder, AttributionRuleIds.RoleNominal, cue);
            if (beforeCue.Count > 0)
            {
                // A person's name followed by a possessive owns the speaker ("Harbor Capital’s Ana Cruz asked"): skip it.
                var subject = FirstPerson(doc, beforeCue, unpossessed: true) ?? FirstPerson(doc, beforeCue, unpossessed: false) ?? beforeCue[0];
                // "…,” X said during the Y Committee's hearing": a mention after the cue that a preposition
                // separates from it is no speaker, so the subject before the cue speaks.
                if (afterCue is null || !after || !SpeakerPhrase.Introduces(doc, _lex, i + 1, afterCue)) return (subject, after ? AttributionRuleIds.SpeakerThenCueAfterQuote : AttributionRuleIds.SpeakerCueBeforeQuote, cue);
            }
            if (afterCue is not null) return (afterCue, after ? AttributionRuleIds.CueThenSpeakerAfterQuote : AttributionRuleIds.CueSpeakerBeforeQuote, cue);
            if (i + 1 < doc.Tokens.Length && _lex.English.ThirdPersonSubjectPronouns.Contains(doc.SpanOf(doc.Tokens[i + 1])))
            {
                var last = LastPersonBefore(doc, quoteStart);
                if (last is not null) return (last, AttributionRuleIds.Pronoun, cue);
            }
        }
        return (null, null, null);
    }

    /// <summary>
    /// The first mention — but when an organisation opens a speaker phrase that goes on to name a person
    /// before the next comma ("said the Agency's Director Ana Cruz", "said ACME Chief Ana Cruz"), the person.
    /// </summary>
    private static EntityMention? PersonFirst(List<EntityMention> mentions, Doc doc)
    {
        if (mentions.Count == 0) return null;
        var first = mentions[0];
        if (first.Type == EntityType.Person) return first;
        int comma = doc.Text.IndexOf(',', first.End);
        int clauseEnd = comma < 0 ? int.MaxValue : comma;
        return mentions.Skip(1).FirstOrDefault(m => m.Type == EntityType.Person && m.Start < clauseEnd) ?? first;
    }

    // The speaker mentions within [from, to), in text order, gathered into a list that is reused: FromSegment asks at
    // every cue of every quote, and reads each list before it asks again.
    private static List<EntityMention> SpeakerMentions(Doc doc, int from, int to, List<EntityMention> into)
    {
        into.Clear();
        for (int k = doc.EntityIndexAtOrAfter(from); k < doc.Entities.Length && doc.Entities[k].Start < to; k++)
        {
            var e = doc.Entities[k];
            if (e.End <= to && e.Type is EntityType.Person or EntityType.Organization or EntityType.Work) into.Add(e);
        }
        return into;
    }

    // The first person of the mentions, or the first one no possessive follows.
    private static EntityMention? FirstPerson(Doc doc, List<EntityMention> mentions, bool unpossessed)
    {
        foreach (var m in mentions)
            if (m.Type == EntityType.Person && (!unpossessed || !Possessed(doc, m))) return m;
        return null;
    }

    private static IEnumerable<EntityMention> SpeakerMentions(Doc doc, int from, int to) =>
        doc.EntitiesWithin(from, to).Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Work);

    private static EntityMention? LastPersonBefore(Doc doc, int offset) =>
        doc.LastEntityEndingBy(offset, e => e.Type == EntityType.Person);

    /// <summary>Whether a possessive ending follows the mention ("X’s").</summary>
    private static bool Possessed(Doc doc, EntityMention m)
    {
        int next = doc.TokenIndexAtOrAfter(m.End);
        return next < doc.Tokens.Length && doc.Tokens[next].Kind == TokenKind.Possessive && doc.Tokens[next].Start <= m.End + 1;
    }

    /// <summary>
    /// The start of the sentence holding the last token before the offset (the quote's lead-in), or of the
    /// sentence <paramref name="previous"/> sentences before that one.
    /// </summary>
    private static int SentenceStartBefore(Doc doc, int offset, int previous)
    {
        int t = doc.TokenIndexAtOrAfter(offset) - 1;
        while (t >= 0 && doc.Tokens[t].Kind is TokenKind.OpenQuote) t--;
        if (t < 0) return 0;
        int s = doc.SentenceIndexAt(doc.Tokens[t].Start);
        return s < 0 ? 0 : doc.Sentences[Math.Max(0, s - previous)].Start;
    }

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
