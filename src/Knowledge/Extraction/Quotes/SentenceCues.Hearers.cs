using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// A hearer is no speaker: in "a memo to the mayor, Ana Cruz, said" or "a letter to Minister Ana Cruz says" the
/// person after the addressee preposition is whom the document was written to. The document speaks — its own
/// name, or the document the text described before ("the memo") — or, for a new unnamed one ("a memo"), nobody.
/// </summary>
internal sealed partial class SentenceCues
{
    /// <summary>The most tokens of an addressee's title phrase before the appositive name ("the harbour council chief").</summary>
    private const int MaxAddresseeTokens = 6;

    /// <summary>The most tokens of the document phrase before its noun ("the harbour board's annual memo").</summary>
    private const int MaxDocumentTokens = 5;

    /// <summary>
    /// When the mention starting at token <paramref name="start"/> is the addressee of a document ("DOC to [TITLE,] NAME"),
    /// the document phrase as the subject: its source (null for nobody) and its first token.
    /// </summary>
    private (EntityMention? Speaker, int Start)? AddressedDocument(int start)
    {
        int k = start - 1;
        if (k >= _s.FirstToken && W(k) is ",")
        {
            int comma = k--;
            while (k >= _s.FirstToken && comma - k <= MaxAddresseeTokens && IsNounPhraseToken(k)) k--;
        }
        else
            while (k >= _s.FirstToken && start - k <= MaxAddresseeTokens && !Is(k, QuoteWordRole.AddresseePreposition) && IsNounPhraseToken(k)) k--;
        int noun = k - 1;
        if (noun < _s.FirstToken || !Is(k, QuoteWordRole.AddresseePreposition) || !_lex.Works.DocumentNouns.Contains(W(noun))) return null;
        int first = noun;
        while (first - 1 >= _s.FirstToken && noun - first < MaxDocumentTokens && IsNounPhraseToken(first - 1)) first--;
        var own = FirstMentionWithin(T(first).Start, T(noun).Start);
        if (own is not null) return (PossessedBy(own), first);
        if (Is(first, QuoteWordRole.IndefiniteDeterminer)) return (null, first);
        var earlier = _resolver.Resolve(first, noun, out bool resolved);
        return (resolved ? earlier : null, first);
    }
}
