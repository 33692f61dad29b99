using System.Buffers;

namespace Knowledge.Lexicons;

/// <summary>
/// Tells in one pass over a text which of several patterns it cannot match for want of a required literal
/// (<see cref="RequiredLiterals"/>): the text lacks every literal of one of the pattern's sets. A document was
/// searched once for each literal of each pattern, about fifteen whole-text searches for the citation patterns of
/// the packs (most texts cite no law, so most searches ran to the end); this looks only at the places where a
/// literal's first character stands.
/// </summary>
/// <remarks>
/// Only the sets whose literals all open with an ASCII capital letter are checked (a rare character, so the pass
/// stops seldom); a pattern's other sets are left to <see cref="RequiredLiterals.MayMatchFrom"/>. "Cannot match"
/// is therefore exact, and "may match" may still be turned away by the pattern's own check.
/// </remarks>
internal sealed class RequiredLiteralsGate
{
    /// <summary>The most distinct literals the gate checks: one bit each; a set that would need more is not checked.</summary>
    private const int MostLiterals = 64;

    private const int AsciiCount = 128;

    private readonly string[] _literals;

    /// <summary>The literals by their first character: an index into <see cref="_literals"/> each.</summary>
    private readonly int[][] _byFirst;

    private readonly SearchValues<char> _firsts;

    /// <summary>Each pattern's checked sets, as the bits of their literals: a set is met when the text holds any of them.</summary>
    private readonly ulong[][] _sets;

    private readonly ulong _all;

    public RequiredLiteralsGate(IReadOnlyList<RequiredLiterals> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var literals = new List<string>();
        _sets = new ulong[patterns.Count][];
        for (int p = 0; p < patterns.Count; p++)
        {
            var checkedSets = new List<ulong>();
            foreach (var set in patterns[p].Sets)
                if (MaskOf(set, literals) is ulong mask) checkedSets.Add(mask);
            _sets[p] = [.. checkedSets];
        }
        _literals = [.. literals];
        _byFirst = new int[AsciiCount][];
        var firsts = new List<char>();
        for (int c = 0; c < AsciiCount; c++)
        {
            _byFirst[c] = [.. Enumerable.Range(0, _literals.Length).Where(k => _literals[k][0] == c)];
            if (_byFirst[c].Length > 0) firsts.Add((char)c);
        }
        _firsts = SearchValues.Create([.. firsts]);
        _all = _literals.Length == MostLiterals ? ulong.MaxValue : (1ul << _literals.Length) - 1;
    }

    /// <summary>The bits of a set's literals, added to <paramref name="literals"/> as needed; none for a set the gate does not check.</summary>
    private static ulong? MaskOf(string[] set, List<string> literals)
    {
        if (set.Length == 0) return null;
        foreach (string literal in set)
            if (literal.Length == 0 || !char.IsAsciiLetterUpper(literal[0])) return null;
        int added = set.Count(l => !literals.Contains(l));
        if (literals.Count + added > MostLiterals) return null;
        ulong mask = 0;
        foreach (string literal in set)
        {
            int k = literals.IndexOf(literal);
            if (k < 0)
            {
                k = literals.Count;
                literals.Add(literal);
            }
            mask |= 1ul << k;
        }
        return mask;
    }

    /// <summary>The checked literals the text holds, one bit each (for <see cref="MayMatch"/>).</summary>
    public ulong LiteralsIn(ReadOnlySpan<char> text)
    {
        ulong present = 0;
        int at = 0;
        while (present != _all && at < text.Length)
        {
            int next = text[at..].IndexOfAny(_firsts);
            if (next < 0) break;
            at += next;
            var rest = text[at..];
            foreach (int k in _byFirst[text[at]])
                if (rest.StartsWith(_literals[k], StringComparison.Ordinal)) present |= 1ul << k;
            at++;
        }
        return present;
    }

    /// <summary>
    /// Whether a text holding <paramref name="literals"/> (<see cref="LiteralsIn"/>) may match pattern number
    /// <paramref name="pattern"/>: false only when it lacks every literal of one of the pattern's sets.
    /// </summary>
    public bool MayMatch(int pattern, ulong literals)
    {
        foreach (ulong set in _sets[pattern])
            if ((literals & set) == 0) return false;
        return true;
    }
}
