namespace Knowledge.Extraction.Relations;

/// <summary>Checks on spans of text that the relation finders used to make with strings.</summary>
internal static class RelationText
{
    private const int StackLength = 128;

    /// <summary>Whether the text is its own invariant lower case (as <c>w == w.ToLowerInvariant()</c>), without a copy.</summary>
    public static bool IsLower(ReadOnlySpan<char> text)
    {
        Span<char> lower = text.Length <= StackLength ? stackalloc char[StackLength] : new char[text.Length];
        lower = lower[..text.Length];
        text.ToLowerInvariant(lower);
        return lower.SequenceEqual(text);
    }

    /// <summary>
    /// Whether the words of a name are separated by single spaces with none at either end, so that a run of its
    /// words joined by spaces is a slice of it.
    /// </summary>
    public static bool SingleSpaced(ReadOnlySpan<char> name) =>
        name.Length > 0 && name[0] != ' ' && name[^1] != ' ' && !name.Contains("  ", StringComparison.Ordinal);
}
