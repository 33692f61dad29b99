using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// A capitalised run being read, tokens [<see cref="First"/>, <see cref="End"/>) after its leading
/// common words and edge connectors are trimmed, with the mentions found so far.
/// </summary>
internal sealed class NameCandidate
{
    public NameCandidate(Doc doc, EntityMentionSet found, int first, int end)
    {
        Doc = doc;
        Found = found;
        First = first;
        End = end;
    }

    /// <summary>The document's token table (list bits and case shapes of each token).</summary>
    public required TokenTable Table { get; init; }

    public Doc Doc { get; }

    public EntityMentionSet Found { get; }

    public int First { get; }

    public int End { get; }

    /// <summary>The run's words, as written.</summary>
    public IReadOnlyList<string> Words => _words ??= MakeWords();

    private string[]? _words;

    /// <summary>The number of words.</summary>
    public int Count => End - First;

    /// <summary>The last word without a trailing period.</summary>
    public string Last => Words[^1].TrimEnd('.');

    /// <summary>Whether a list holds the word at token i (an index into the document's tokens).</summary>
    public bool Has(int i, Lexicons.TokenLexicons lists) => Table.Has(i, lists);

    /// <summary>Whether a list holds any word of the run.</summary>
    public bool AnyHas(Lexicons.TokenLexicons lists)
    {
        for (int i = First; i < End; i++)
            if (Table.Has(i, lists)) return true;
        return false;
    }

    private string[] MakeWords()
    {
        var words = new string[End - First];
        for (int i = First; i < End; i++) words[i - First] = Doc.TextOf(Doc.Tokens[i]);
        return words;
    }

    /// <summary>The run's text, from its first word to its last.</summary>
    public string Text => Doc.Slice(Doc.Tokens[First].Start, Doc.Tokens[End - 1].End);

    /// <summary>The run's text as a span of the document's text (<see cref="Text"/> without the copy).</summary>
    public ReadOnlySpan<char> TextSpan => Doc.Text.AsSpan(Doc.Tokens[First].Start, Doc.Tokens[End - 1].End - Doc.Tokens[First].Start);
}
