#if NET9_0_OR_GREATER
using System.Buffers;
#endif
using System.Text.RegularExpressions;

namespace Knowledge.Lexicons;

/// <summary>
/// The literal texts every match of a regular expression contains, read off the pattern itself: a list of sets, each
/// set a choice of literals of which every match holds at least one ("Order" for <c>[A-Z]\w+\s+Order\s+No</c>, one of
/// "Republic", "R." and "RA" for <c>(?:Republic\s+Act|R\.\s?A\.|RA)</c>). A text that lacks one of the sets after a
/// position holds no match starting there, so the pattern, which tries every position its first character allows, is
/// not run on it. Literals are compared ordinally, as a case-sensitive pattern compares them; a pattern the reading
/// does not understand (case-insensitive, free-spacing, right to left, conditionals, unusual escapes) requires
/// nothing, which never rejects a text.
/// </summary>
internal sealed partial class RequiredLiterals
{
    /// <summary>Nothing is required: every text may hold a match.</summary>
    public static readonly RequiredLiterals None = new([]);

    private RequiredLiterals(string[][] sets)
    {
        Sets = sets;
#if NET9_0_OR_GREATER
        _searches = Array.ConvertAll(sets, set => SearchValues.Create(set, StringComparison.Ordinal));
#endif
    }

#if NET9_0_OR_GREATER
    /// <summary>
    /// Each set's literals searched for at once: one pass over the text a set, not one a literal (the citation patterns'
    /// gates ran an ordinal IndexOf a literal over every document, about 1 % of the native tool's samples).
    /// </summary>
    private readonly SearchValues<string>[] _searches;
#endif

    /// <summary>The sets of literals: a match holds at least one literal of every set.</summary>
    public IReadOnlyList<string[]> Sets { get; }

    /// <summary>What the pattern requires of its matches, or <see cref="None"/> when the pattern is not understood.</summary>
    public static RequiredLiterals Of(Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if ((pattern.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0) return None;
        var reader = new PatternReader(pattern.ToString());
        try
        {
            var node = reader.ReadAlternation();
            if (!reader.AtEnd) return None;
            var sets = node.Required.Where(s => s.Length > 0 && s.All(l => l.Length > 0)).ToArray();
            return sets.Length == 0 ? None : new RequiredLiterals(sets);
        }
        catch (NotSupportedException)
        {
            return None;
        }
    }

    /// <summary>Whether the text from <paramref name="at"/> on holds a literal of every set (a match starting at or after it may exist).</summary>
    public bool MayMatchFrom(string text, int at)
    {
        ArgumentNullException.ThrowIfNull(text);
#if NET9_0_OR_GREATER
        if (at > text.Length) return _searches.Length == 0;
        var rest = text.AsSpan(at);
        foreach (var search in _searches)
            if (rest.IndexOfAny(search) < 0) return false;
#else
        foreach (var set in Sets)
            if (NextAt(text, at, set) < 0) return false;
#endif
        return true;
    }

    /// <summary>Where the first literal of a set occurs at or after <paramref name="at"/>, or -1.</summary>
    internal static int NextAt(string text, int at, string[] set)
    {
        if (at > text.Length) return -1;
        int first = -1;
        var rest = text.AsSpan(at);
        foreach (string literal in set)
        {
            var within = first < 0 ? rest : rest[..Math.Min(rest.Length, first + literal.Length - 1)];
            int i = within.IndexOf(literal, StringComparison.Ordinal);
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        return first < 0 ? -1 : at + first;
    }
}
