using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// A capitalised run being read, tokens [<see cref="First"/>, <see cref="End"/>) after its leading
/// common words and edge connectors are trimmed, with the mentions found so far.
/// </summary>
/// <remarks>
/// A value, not an object: every run of every sentence is read as one, and the reading table's tests take it by value.
/// Its words are read as spans of the document's text and bits of its token table; nothing of it is copied.
/// </remarks>
internal readonly struct NameCandidate(TokenTable table, EntityMentionSet found, int first, int end)
{
    /// <summary>The document's token table (list bits and case shapes of each token).</summary>
    public TokenTable Table { get; } = table;

    public Doc Doc => Table.Doc;

    public EntityMentionSet Found { get; } = found;

    public int First { get; } = first;

    public int End { get; } = end;

    /// <summary>The number of words.</summary>
    public int Count => End - First;

    /// <summary>Whether a list holds the word at token i (an index into the document's tokens).</summary>
    public bool Has(int i, Lexicons.TokenLexicons lists) => Table.Has(i, lists);

    /// <summary>Whether a list holds any word of the run.</summary>
    public bool AnyHas(Lexicons.TokenLexicons lists)
    {
        for (int i = First; i < End; i++)
            if (Table.Has(i, lists)) return true;
        return false;
    }

    /// <summary>The run's text, from its first word to its last.</summary>
    public string Text => Doc.Slice(Doc.Tokens[First].Start, Doc.Tokens[End - 1].End);

    /// <summary>The run's text as a span of the document's text (<see cref="Text"/> without the copy).</summary>
    public ReadOnlySpan<char> TextSpan => Doc.Text.AsSpan(Doc.Tokens[First].Start, Doc.Tokens[End - 1].End - Doc.Tokens[First].Start);
}
