using System.Text.RegularExpressions;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// One match of <see cref="LawPatterns.ExpandedAcronymAct"/>: "SAFE (Securing All Fishing Estuaries) Act" from
/// <see cref="Start"/> to <see cref="End"/>, the acronym (group acr), the expansion inside the brackets (group exp) and
/// the legislation head after them (group kind).
/// </summary>
internal readonly record struct ExpandedAcronymActMatch(int Start, int End, int AcronymEnd, int ExpansionStart, int ExpansionEnd, string Head);

/// <summary>
/// Finds what <see cref="LawPatterns.ExpandedAcronymAct"/> matches, in the same order, without a regex engine:
/// <c>\b(?&lt;acr&gt;[A-Z][A-Z0-9]+(?:\s[A-Z][A-Z0-9]+)*)\s\((?&lt;exp&gt;[A-Z][^()\n]{5,160}?)\)\s(?&lt;kind&gt;Head1|Head2|…)\b</c>.
/// The pattern needs the non-backtracking engine (backtracking is quadratic on all-capitals text), and building that
/// engine took about 15 ms of every run whose texts hold one such act: 3% of a run on the corpus scaled ten times. The
/// scanner reads the pattern's one possible shape around each opening bracket instead. Everything right of the bracket
/// is fixed by the bracket (the expansion ends at the first bracket or line break, and the head is the first one of the
/// list followed by a word boundary), so a bracket either ends one match or none; left of it, the acronym is the chain of
/// capitalised words before it, from its leftmost word that the pattern may start at. A spec compares the scanner with
/// the pattern on random texts of capitals, digits, white space, brackets and word characters inside and outside ASCII.
/// </summary>
internal sealed partial class ExpandedAcronymActScanner(string[] heads)
{
    /// <summary>The expansion: a capital and 5 to 160 more characters.</summary>
    private const int MinExpansion = 6, MaxExpansion = 161;

    /// <summary>The matches in <paramref name="text"/>, left to right, as <c>Regex.Matches</c> gives them (most texts: none, and nothing allocated).</summary>
    public IReadOnlyList<ExpandedAcronymActMatch> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<ExpandedAcronymActMatch>? found = null;
        int from = 0;
        for (int open = text.IndexOf('('); open >= 0; open = open + 1 < text.Length ? text.IndexOf('(', open + 1) : -1)
        {
            if (MatchAt(text, open, from) is not { } match) continue;
            (found ??= []).Add(match);
            from = match.End;
        }
        if (found is null) return [];
        return found;
    }

    /// <summary>The match whose bracket opens at <paramref name="open"/> and which starts at or after <paramref name="from"/>, if any.</summary>
    private ExpandedAcronymActMatch? MatchAt(string text, int open, int from)
    {
        // \s\( [A-Z] [^()\n]{5,160}? \) \s
        if (open < 2 || open + 1 >= text.Length || !IsSpace(text[open - 1]) || !char.IsAsciiLetterUpper(text[open + 1])) return null;
        int close = text.AsSpan(open + 2).IndexOfAny("()\n");
        if (close < 0) return null;
        close += open + 2;
        int expansion = close - (open + 1);
        if (text[close] != ')' || expansion < MinExpansion || expansion > MaxExpansion) return null;
        if (close + 1 >= text.Length || !IsSpace(text[close + 1])) return null;
        if (HeadAt(text, close + 2) is not { } head) return null;
        if (AcronymStart(text, open - 1, from) is not int start) return null;
        return new ExpandedAcronymActMatch(start, close + 2 + head.Length, open - 1, open + 1, close, head);
    }

    /// <summary>The first head, in the list's order, written at <paramref name="at"/> and followed by a word boundary.</summary>
    private string? HeadAt(string text, int at)
    {
        var rest = text.AsSpan(at);
        foreach (string head in heads)
        {
            if (!rest.StartsWith(head, StringComparison.Ordinal)) continue;
            int end = at + head.Length;
            if (IsBoundary(text, end)) return head;
        }
        return null;
    }

    /// <summary>
    /// Where the acronym ending before the white space at <paramref name="space"/> starts: the leftmost word, at or after
    /// <paramref name="from"/>, of the chain of words <c>[A-Z][A-Z0-9]+</c> joined by one white-space character each
    /// that ends there, at which a word boundary stands. Null when the word before the space is no such word.
    /// </summary>
    private static int? AcronymStart(string text, int space, int from)
    {
        int? start = null;
        for (int last = space - 1; last >= 0;)
        {
            int first = last;
            while (first > 0 && IsCapitalOrDigit(text[first - 1])) first--;
            // A word is a capital and at least one more capital or digit; inside a longer run no word can start (the
            // character before it is a word character, and not white space).
            if (first < from || first == last || !char.IsAsciiLetterUpper(text[first])) break;
            if (IsBoundary(text, first)) start = first;
            if (first < 2 || !IsSpace(text[first - 1]) || !IsCapitalOrDigit(text[first - 2])) break;
            last = first - 2;
        }
        return start;
    }

    private static bool IsCapitalOrDigit(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);

    /// <summary>The regex engine's <c>\b</c> at <paramref name="at"/>: a word character on one side only.</summary>
    private static bool IsBoundary(string text, int at) =>
        (at > 0 && IsBoundaryWordCharacter(text[at - 1])) != (at < text.Length && IsBoundaryWordCharacter(text[at]));

    // The regex engine's own classes, asked of it once for each ASCII character and at each use for the others, so that
    // the scanner's \s and \b are the pattern's exactly (\b also counts the zero-width joiners as word characters).
    private static readonly bool[] AsciiSpace = AsciiTable(c => SpaceCharacter().IsMatch([c]));
    private static readonly bool[] AsciiWord = AsciiTable(c => WordCharacter().IsMatch([c]));

    private static bool[] AsciiTable(Func<char, bool> member)
    {
        var table = new bool[128];
        for (char c = '\0'; c < 128; c++) table[c] = member(c);
        return table;
    }

    private static bool IsSpace(char c) => c < 128 ? AsciiSpace[c] : SpaceCharacter().IsMatch([c]);

    private static bool IsBoundaryWordCharacter(char c) =>
        c < 128 ? AsciiWord[c] : c is '\u200C' or '\u200D' || WordCharacter().IsMatch([c]);

    [GeneratedRegex(@"^\s$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpaceCharacter();

    [GeneratedRegex(@"^\w$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordCharacter();
}
