using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// One sentence of a document seen as a run of words, for the event rules: token access by
/// absolute index with bounds checks, lower-cased words and a few shape tests.
/// </summary>
internal sealed class EventSentence
{
    private readonly LowerCaseTokens _lower;

    /// <summary>The sentence <paramref name="index"/> of <paramref name="doc"/>, whose tokens <paramref name="lower"/> lowers.</summary>
    public EventSentence(Doc doc, int index, LowerCaseTokens lower)
    {
        Doc = doc;
        _lower = lower;
        lower.LowerSentence(index);
        Index = index;
        Span = doc.Sentences[index];
        First = Span.FirstToken;
        End = Span.EndToken;
    }

    public Doc Doc { get; }

    /// <summary>The sentence's index in <see cref="Doc.Sentences"/>.</summary>
    public int Index { get; }

    public Sentence Span { get; }

    /// <summary>Index of the first token.</summary>
    public int First { get; }

    /// <summary>Index one past the last token.</summary>
    public int End { get; }

    /// <summary>Whether a token index lies in the sentence.</summary>
    public bool Has(int i) => i >= First && i < End;

    /// <summary>The token's text, or "" outside the sentence, read in place.</summary>
    public ReadOnlySpan<char> Word(int i) => Has(i) ? Doc.SpanOf(Doc.Tokens[i]) : default;

    /// <summary>The token's text in lower case, or "" outside the sentence, read in place from the lower-cased text.</summary>
    public ReadOnlySpan<char> Lower(int i) => Has(i) ? _lower.Read(Doc.Tokens[i]) : default;

    /// <summary>The token's kind (Terminal outside the sentence).</summary>
    public TokenKind Kind(int i) => Has(i) ? Doc.Tokens[i].Kind : TokenKind.Terminal;

    /// <summary>Whether the token is a word starting with a capital letter.</summary>
    public bool IsCapitalised(int i) => Kind(i) is TokenKind.Word or TokenKind.Abbreviation && Word(i) is [var first, ..] && char.IsUpper(first);

    /// <summary>Index of the token that starts at or after an offset.</summary>
    public int TokenAt(int offset) => Doc.TokenIndexAtOrAfter(offset);

    /// <summary>Whether any token in [from, to) has a form the lexicon holds.</summary>
    public bool AnyIn(int from, int to, Lexicon words)
    {
        for (int i = Math.Max(from, First); i < Math.Min(to, End); i++)
            if (words.Contains(Lower(i))) return true;
        return false;
    }

    /// <summary>The index of the first token in [from, to) with a form the lexicon holds, or -1.</summary>
    public int IndexOf(int from, int to, Lexicon words)
    {
        for (int i = Math.Max(from, First); i < Math.Min(to, End); i++)
            if (words.Contains(Lower(i))) return i;
        return -1;
    }

    /// <summary>The text of the sentence, read in place.</summary>
    public ReadOnlySpan<char> TextSpan => Doc.SpanOf(Span.Start, Span.End);

    /// <summary>Whether the sentence is the document's headline.</summary>
    public bool InTitle => Doc.Blocks[Span.BlockIndex].Kind == BlockKind.Title;
}
