using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The publishers one document names for the documents it mentions by a common noun: "X released its
/// white paper", "a report released by X". For each noun, the publisher named in the latest sentence up
/// to each sentence is found once, when first asked: every quote of a long paragraph asks, and walking
/// back over the sentences for each would be quadratic. One instance serves one document on one thread.
/// </summary>
internal sealed class DocumentPublishers
{
    private readonly Doc _doc;
    private readonly LexiconSet _lex;
    // Made on the first question: most documents never ask.
    private Dictionary<string, EntityMention?[]>? _latestByNoun;

    public DocumentPublishers(Doc doc, LexiconSet lexicons)
    {
        _doc = doc;
        _lex = lexicons;
    }

    /// <summary>The publisher of a <paramref name="noun"/> named in sentence <paramref name="sentence"/> or the latest one before it, or null.</summary>
    public EntityMention? LatestUpTo(string noun, int sentence)
    {
        var latestByNoun = _latestByNoun ??= new(StringComparer.Ordinal);
        if (!latestByNoun.TryGetValue(noun, out var bySentence)) latestByNoun[noun] = bySentence = PublishersUpTo(noun);
        return sentence >= 0 ? bySentence[sentence] : null;
    }

    private EntityMention?[] PublishersUpTo(string noun)
    {
        var result = new EntityMention?[_doc.Sentences.Length];
        // The token table's publishing verbs (found once for the document, kept with its table), rather than every word
        // looked up once per noun asked about: most words are none.
        var bits = _doc.TokenBits(_lex);
        EntityMention? last = null;
        for (int s = 0; s < result.Length; s++)
            result[s] = last = PublisherIn(_doc.Sentences[s], noun, bits) ?? last;
        return result;
    }

    /// <summary>"X released its … paper" or "a … report released by X" in one sentence (<paramref name="bits"/>: the document's token table).</summary>
    private EntityMention? PublisherIn(Sentence sentence, string noun, TokenBits bits)
    {
        // Only the sentence's publishing verbs are read, in order: words are compared in place and mentions walked by
        // index, so nothing is allocated per token.
        var doc = _doc;
        foreach (int i in bits.TokensWith(TokenLexicons.PublishingVerb, sentence.FirstToken, sentence.EndToken))
        {
            var verb = doc.Tokens[i];
            bool byAgent = i + 1 < sentence.EndToken && _lex.Quotes.Is(doc.SpanOf(doc.Tokens[i + 1]), QuoteWordRole.Agent);
            if (byAgent)
            {
                // "a report released by X": the noun just before the verb, the agent just after "by".
                if (!NounNear(i - 1, Math.Max(sentence.FirstToken, i - 4), noun)) continue;
                var agent = AgentAfter(doc.Tokens[i + 1].End, sentence.End, i + 4);
                if (agent is not null) return agent;
                continue;
            }
            // "X released its Global Principles on …, a white paper": the object holds the noun or a named work.
            bool objectFits = NounNear(i + 1, Math.Min(sentence.EndToken - 1, i + 16), noun)
                || WorkStartsBetween(verb.End, i + 3 >= doc.Tokens.Length ? int.MaxValue : doc.Tokens[i + 3].Start);
            if (!objectFits) continue;
            var subject = SubjectBefore(verb.Start, sentence.Start);
            if (subject is not null) return subject;
        }
        return null;
    }

    // The first organization or person from an offset on, within the sentence, that starts by token lastToken.
    private EntityMention? AgentAfter(int offset, int sentenceEnd, int lastToken)
    {
        for (int k = _doc.EntityIndexAtOrAfter(offset); k < _doc.Entities.Length; k++)
        {
            var e = _doc.Entities[k];
            if (e.Start >= sentenceEnd) break;
            if (e.Type is EntityType.Organization or EntityType.Person && _doc.TokenIndexAtOrAfter(e.Start) <= lastToken) return e;
        }
        return null;
    }

    // Whether a work's mention starts at or after an offset and by the offset 'by' (the mentions from the offset on,
    // taken while they start by it).
    private bool WorkStartsBetween(int offset, int by)
    {
        for (int k = _doc.EntityIndexAtOrAfter(offset); k < _doc.Entities.Length; k++)
        {
            var e = _doc.Entities[k];
            if (e.Start > by) break;
            if (e.Type == EntityType.Work) return true;
        }
        return false;
    }

    // The last organization or person ending by an offset and starting in the sentence (from sentenceStart on).
    private EntityMention? SubjectBefore(int offset, int sentenceStart)
    {
        for (int k = _doc.EntityIndexAtOrAfter(offset) - 1; k >= 0; k--)
        {
            var e = _doc.Entities[k];
            // Mentions are in order of their start: once one starts before the sentence, all before it do.
            if (e.Start < sentenceStart) break;
            if (e.End <= offset && e.Type is EntityType.Organization or EntityType.Person) return e;
        }
        return null;
    }

    private bool NounNear(int from, int to, string noun)
    {
        int step = from <= to ? 1 : -1;
        for (int k = from; step > 0 ? k <= to : k >= to; k += step)
            if (k >= 0 && k < _doc.Tokens.Length && _doc.SpanOf(_doc.Tokens[k]).Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
