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
        var words = new string[end - first];
        for (int i = first; i < end; i++) words[i - first] = doc.TextOf(doc.Tokens[i]);
        Words = words;
    }

    public Doc Doc { get; }

    public EntityMentionSet Found { get; }

    public int First { get; }

    public int End { get; }

    /// <summary>The run's words, as written.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The last word without a trailing period.</summary>
    public string Last => Words[^1].TrimEnd('.');

    /// <summary>The run's text, from its first word to its last.</summary>
    public string Text => Doc.Slice(Doc.Tokens[First].Start, Doc.Tokens[End - 1].End);
}
