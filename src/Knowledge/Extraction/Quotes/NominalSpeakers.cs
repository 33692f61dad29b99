using System.Runtime.CompilerServices;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// Resolves a document named by a common noun — "the report says", "the January 2023 paper reports",
/// "according to the study" — to who stands behind it: the organisation or person the text says
/// released it ("X released its white paper", "a report released by X"), else the last named work
/// (a Work mention) before the quote. Nothing when the text names neither.
/// </summary>
internal static class NominalSpeakers
{
    /// <summary>Nouns for documents that can "say" something.</summary>
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "paper", "study", "survey", "research", "analysis", "document", "brief", "review", "assessment",
        "guidelines", "principles", "statement", "findings", "publication", "bulletin", "index", "audit",
    };

    /// <summary>Verbs by which an organisation or person brings out a document.</summary>
    private static readonly HashSet<string> PublishingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "released", "publishes", "published", "issued", "issues", "launched", "launches", "unveiled", "released", "releases", "produced", "commissioned",
    };

    /// <summary>Whether the token is a document noun ("report", "paper").</summary>
    public static bool IsDocumentNoun(Doc doc, int token) =>
        token >= 0 && token < doc.Tokens.Length && DocumentNouns.Contains(doc.TextOf(doc.Tokens[token]));

    /// <summary>
    /// When the words just before <paramref name="cueToken"/> are a definite document phrase ("the 2022 annual
    /// report", "its white paper"), the speaker behind it; otherwise null.
    /// </summary>
    public static EntityMention? BeforeCue(Doc doc, int cueToken, int quoteStart)
    {
        int head = cueToken - 1;
        if (!IsDocumentNoun(doc, head)) return null;
        // Walk back over modifiers to a determiner: "the", "this", "its", "their", "a new".
        for (int k = head - 1; k >= Math.Max(0, head - 5); k--)
        {
            var w = doc.TextOf(doc.Tokens[k]);
            if (w is "the" or "The" or "this" or "This" or "its" or "Its" or "their" or "Their") return Behind(doc, head, quoteStart);
            if (doc.Tokens[k].Kind is TokenKind.Terminal || w is "," or ";" or ":") return null;
        }
        return null;
    }

    /// <summary>When a sentence opens with a definite document phrase ("The white paper outlines …:"), the speaker behind it.</summary>
    public static EntityMention? SubjectOf(Doc doc, Sentence sentence, int quoteStart)
    {
        int first = sentence.FirstToken;
        if (first >= sentence.EndToken || doc.TextOf(doc.Tokens[first]) is not ("The" or "This" or "Its" or "Their")) return null;
        for (int k = first + 1; k < Math.Min(sentence.EndToken, first + 5); k++)
            if (IsDocumentNoun(doc, k)) return Behind(doc, k, quoteStart);
        return null;
    }

    /// <summary>Who stands behind the document noun at <paramref name="head"/>, looking back from <paramref name="before"/>.</summary>
    public static EntityMention? Behind(Doc doc, int head, int before)
    {
        string noun = doc.TextOf(doc.Tokens[head]);
        int sentence = Math.Min(doc.SentenceIndexAt(before), doc.Sentences.Length - 1);
        var latest = LatestPublishers.GetValue(doc, _ => new Dictionary<string, EntityMention?[]>(StringComparer.Ordinal));
        if (!latest.TryGetValue(noun, out var bySentence)) latest[noun] = bySentence = PublishersUpTo(doc, noun);
        return (sentence >= 0 ? bySentence[sentence] : null) ?? doc.LastEntityEndingBy(before, e => e.Type == EntityType.Work);
    }

    /// <summary>
    /// For each analysed document and noun, the publisher named in the latest sentence up to each
    /// sentence: every quote of a long paragraph asks, and walking back over the sentences for each
    /// would be quadratic. Each document is analysed by one thread; the table itself is thread-safe.
    /// </summary>
    private static readonly ConditionalWeakTable<Doc, Dictionary<string, EntityMention?[]>> LatestPublishers = new();

    private static EntityMention?[] PublishersUpTo(Doc doc, string noun)
    {
        var result = new EntityMention?[doc.Sentences.Length];
        EntityMention? last = null;
        for (int s = 0; s < result.Length; s++)
            result[s] = last = PublisherIn(doc, doc.Sentences[s], noun) ?? last;
        return result;
    }

    /// <summary>"X released its … paper" or "a … report released by X" in one sentence.</summary>
    private static EntityMention? PublisherIn(Doc doc, Sentence sentence, string noun)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!PublishingVerbs.Contains(doc.TextOf(doc.Tokens[i]))) continue;
            var verb = doc.Tokens[i];
            bool byAgent = i + 1 < sentence.EndToken && doc.TextOf(doc.Tokens[i + 1]) == "by";
            if (byAgent)
            {
                // "a report released by X": the noun just before the verb, the agent just after "by".
                if (!NounNear(doc, i - 1, Math.Max(sentence.FirstToken, i - 4), noun)) continue;
                var agent = EntitiesFrom(doc, doc.Tokens[i + 1].End).TakeWhile(e => e.Start < sentence.End)
                    .FirstOrDefault(e => e.Type is EntityType.Organization or EntityType.Person && doc.TokenIndexAtOrAfter(e.Start) <= i + 4);
                if (agent is not null) return agent;
                continue;
            }
            // "X released its Global Principles on …, a white paper": the object holds the noun or a named work.
            bool objectFits = NounNear(doc, i + 1, Math.Min(sentence.EndToken - 1, i + 16), noun)
                || EntitiesFrom(doc, verb.End).TakeWhile(e => i + 3 >= doc.Tokens.Length || e.Start <= doc.Tokens[i + 3].Start)
                    .Any(e => e.Type == EntityType.Work);
            if (!objectFits) continue;
            var subject = doc.LastEntityEndingBy(verb.Start, e => e.Start >= sentence.Start
                && e.Type is EntityType.Organization or EntityType.Person);
            if (subject is not null) return subject;
        }
        return null;
    }

    /// <summary>The mentions that start at or after an offset, in text order.</summary>
    private static IEnumerable<EntityMention> EntitiesFrom(Doc doc, int offset)
    {
        for (int i = doc.EntityIndexAtOrAfter(offset); i < doc.Entities.Length; i++) yield return doc.Entities[i];
    }

    private static bool NounNear(Doc doc, int from, int to, string noun)
    {
        int step = from <= to ? 1 : -1;
        for (int k = from; step > 0 ? k <= to : k >= to; k += step)
            if (k >= 0 && k < doc.Tokens.Length && doc.TextOf(doc.Tokens[k]).Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
