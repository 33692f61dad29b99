using System.Text.RegularExpressions;

namespace Knowledge.Lexicons;

/// <summary>
/// Finds the matches of a citation pattern in a text, one after another, as <c>Regex.Matches</c> would. A pattern
/// that opens with a negative look-behind of one character class (<c>(?&lt;![\w.])</c>, as most citation patterns do) is
/// run without it, and a match whose preceding character the class holds is dropped and the scan resumed one
/// character later: the same matches, because the look-behind consumes nothing and captures nothing, so at a position
/// where it holds the pattern matches exactly as the rest does. The regular-expression interpreter allocates on every
/// look-around it tries (about 35 MB at 100x for a pattern that tries one at every capital letter); this tries none.
/// A text with a long run of the class's characters is scanned with the look-behind kept (<see cref="LookbehindClass"/>):
/// there the pattern without it would be tried at every position of the run, each try perhaps reading to the run's end.
/// (The non-backtracking engine would also be linear there, but building it for the pack's patterns took 13% of a run
/// on the 10x corpus.)
/// Before the pattern runs from a position, the text after it must hold the literals every match contains
/// (<see cref="RequiredLiterals"/>, "Order" for a department order): most texts cite no law, and the pattern, tried at
/// every capital letter of them, then does not run at all.
/// </summary>
internal sealed class CitationScanner
{
    private const string LookbehindOpen = "(?<![";

    private readonly Regex _pattern;
    private readonly Regex? _rest;
    private readonly LookbehindClass? _class;
    private readonly RequiredLiterals _required;

    public CitationScanner(Regex pattern)
    {
        _pattern = pattern;
        _required = RequiredLiterals.Of(pattern);
        string text = pattern.ToString();
        if ((pattern.Options & (RegexOptions.RightToLeft | RegexOptions.IgnorePatternWhitespace)) != 0 || text.Contains(@"\G", StringComparison.Ordinal)) return;
        if (!text.StartsWith(LookbehindOpen, StringComparison.Ordinal)) return;
        int close = text.IndexOf("])", LookbehindOpen.Length, StringComparison.Ordinal);
        if (close < 0) return;
        string inner = text[LookbehindOpen.Length..close];
        // One plain character class: no nested class, no escaped bracket, no subtraction, not empty.
        if (inner.Length == 0 || inner.Contains('[') || inner.Contains(']') || inner.EndsWith('\\')) return;
        _rest = new Regex(text[(close + 2)..], pattern.Options & ~RegexOptions.Compiled, pattern.MatchTimeout);
        _class = LookbehindClass.Of(inner, pattern.Options & ~RegexOptions.Compiled, pattern.MatchTimeout);
    }

    /// <summary>Whether the pattern runs without its leading look-behind.</summary>
    public bool SplitsLookbehind => _rest is not null;

    /// <summary>The first match at or after <paramref name="at"/> (the whole text is the match's context), or an unsuccessful match.</summary>
    public Match Next(string text, int at) => _required.MayMatchFrom(text, at) ? NextHoldingLiterals(text, at) : Match.Empty;

    /// <summary><see cref="Next"/> for a text already known to hold the required literals after <paramref name="at"/>.</summary>
    private Match NextHoldingLiterals(string text, int at)
    {
        // A text with a long run of the class's characters keeps the look-behind (see LookbehindClass): the pattern
        // without it would be tried, and read to the run's end, at every position of the run.
        if (_rest is null || _class is null || _class.HasLongRun(text)) return _pattern.Match(text, at);
        while (at <= text.Length)
        {
            var m = _rest.Match(text, at);
            if (!m.Success || m.Index == 0 || !_class.Contains(text[m.Index - 1])) return m;
            at = m.Index + 1;
        }
        return Match.Empty;
    }

    /// <summary>The matches in the text, in order, as <c>Regex.Matches</c> gives them.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        if (!_required.MayMatchFrom(text, 0)) return [];
        if (_rest is null) return _pattern.Matches(text);
        return Scan(text);
    }

    /// <summary>The matches from the start of a text that holds the required literals (<see cref="Matches"/> asked).</summary>
    private IEnumerable<Match> Scan(string text)
    {
        int at = 0;
        while (at <= text.Length)
        {
            // The literals were looked for from the start already: later positions look again.
            var m = at == 0 ? NextHoldingLiterals(text, 0) : Next(text, at);
            if (!m.Success) yield break;
            yield return m;
            at = m.Length == 0 ? m.Index + 1 : m.Index + m.Length;
        }
    }
}
