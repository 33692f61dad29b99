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

    private readonly string[][] _sets;

    private RequiredLiterals(string[][] sets) => _sets = sets;

    /// <summary>The sets of literals: a match holds at least one literal of every set.</summary>
    public IReadOnlyList<string[]> Sets => _sets;

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
    /// <remarks>
    /// One vectorised ordinal search a literal, stopping at the first literal found. A <c>SearchValues&lt;string&gt;</c>
    /// of each set (one pass a set) was tried: it is quicker where the JIT can use 256-bit vectors, but the NativeAOT
    /// tool, built for the baseline x64 instruction set, runs its Teddy search on 128-bit shuffles, which made this gate
    /// 5 % of the tool's samples against about 1 % for the searches a literal.
    /// </remarks>
    public bool MayMatchFrom(string text, int at)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (at > text.Length) return _sets.Length == 0;
        var rest = text.AsSpan(at);
        foreach (var set in _sets)
            if (!HoldsAny(rest, set)) return false;
        return true;
    }

    private static bool HoldsAny(ReadOnlySpan<char> text, string[] set)
    {
        foreach (string literal in set)
            if (text.IndexOf(literal, StringComparison.Ordinal) >= 0) return true;
        return false;
    }
}
