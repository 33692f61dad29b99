using System.Buffers;
using System.Text.RegularExpressions;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// Patterns for laws written in a fixed English form, built from the law lexicons: an acronym-named act
/// with its expansion, a law named by what it is against, and a proposed law described by its purpose.
/// (Laws written by number are the jurisdiction packs' citation patterns, <see cref="LawLexicons.Citations"/>.)
/// Every pattern has a match timeout.
/// </summary>
internal sealed class LawPatterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public LawPatterns(LexiconSet lex)
    {
        const string capital = PatternParts.Capital, capitalOrDigit = PatternParts.CapitalOrDigit;
        _expandedAcronymActPattern =
            @"\b(?<acr>" + capital + capitalOrDigit + @"+(?:\s" + capital + capitalOrDigit + @"+)*)\s\((?<exp>" + capital + @"[^()\n]{5,160}?)\)\s(?<kind>"
            + string.Join("|", lex.Laws.LegislationHeads.Entries.Select(Regex.Escape)) + @")\b";
        string mark = PatternParts.Alternation(lex.Laws.FootnoteMarks) + "?";
        AntiLaw = new Regex(
            @"\b(?<anti>Anti-" + capital + @"[\w-]*" + mark + @"(?:\s" + capital + @"[\w-]*" + mark + @"){0,6})\s(?<noun>" + string.Join("|", PatternParts.WithCapitalized(lex.Laws.AntiLawNouns).Select(Regex.Escape)) + @")\b",
            RegexOptions.CultureInvariant, Timeout);
        string proposed = @"\b(?:" + PatternParts.Alternation(lex.Laws.ProposalWords) + @"\s+)?(?<proposal>(?<jurisdiction>(?:" + capital + @"[\w.]*\s+){0,3}" + capital + @"[\w.]*)\s+"
            + PatternParts.Alternation(lex.Laws.ProposedLawNouns) + @"\s+" + PatternParts.Alternation(lex.Laws.PurposeWords) + @"\s+"
            + @"[A-Za-z][^\n,.;:()\[\]“”""]{3,140})";
        ProposedLaw = new Regex(proposed, RegexOptions.CultureInvariant, Timeout);
        ProposedLawAt = new Regex(@"\G" + proposed, RegexOptions.CultureInvariant, Timeout);
        _proposalWordChars = [.. lex.Laws.ProposalWords.Entries.SelectMany(w => w)];
        _purposeWords = [.. lex.Laws.PurposeWords.Entries];
        _expandedAcronymActs = new ExpandedAcronymActScanner([.. lex.Laws.LegislationHeads.Entries]);
        // A noun of letters only, after and before white space, is a whole word token (no URL, address or abbreviation
        // can start with it), so the token table's noun bit finds every cue a match can hold.
        CuesAreWords = lex.Laws.ProposedLawNouns.Entries.All(n => n.All(CharClass.IsLetter));
        ProposedLawCue = new Regex(
            PatternParts.Alternation(lex.Laws.ProposedLawNouns) + @"\s+" + PatternParts.Alternation(lex.Laws.PurposeWords) + @"\s+",
            RegexOptions.CultureInvariant, Timeout);
    }

    /// <summary>
    /// An acronym-named act with its expansion: "SAFE (Securing All Fishing Estuaries) Act"; groups acr, exp and kind (the
    /// head). Backtracking is quadratic on all-capitals text, hence the non-backtracking engine. Building that engine
    /// costs about 15 ms, so the extraction finds these acts with <see cref="ExpandedAcronymActs"/>, which gives the same
    /// matches without it; the pattern stays as the definition the scanner is tested against. A race builds it twice,
    /// equal ones.
    /// </summary>
    public Regex ExpandedAcronymAct => _expandedAcronymAct ??=
        new Regex(_expandedAcronymActPattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Timeout);

    private readonly string _expandedAcronymActPattern;
    private Regex? _expandedAcronymAct;

    /// <summary>What <see cref="ExpandedAcronymAct"/> matches in <paramref name="text"/>, in order, found without a regex.</summary>
    public IReadOnlyList<ExpandedAcronymActMatch> ExpandedAcronymActs(string text) => _expandedAcronymActs.Matches(text);

    private readonly ExpandedAcronymActScanner _expandedAcronymActs;

    /// <summary>A law named by what it is against, in lower case: "the Anti-Overfishing law"; a footnote mark (models/laws/footnote-marks.txt) may follow any word of the name ("Anti-Fraud* Law") and is left out of it. Groups anti (the name) and noun.</summary>
    public Regex AntiLaw { get; }

    /// <summary>
    /// A law instrument described by its purpose, in lower case after a capitalised jurisdiction or body
    /// ("the proposed EU regulation to curb online fraud", "the Harbor Commission proposal to End Bycatch").
    /// The name (group proposal) runs from the jurisdiction (group jurisdiction, up to four capitalised
    /// words, which <see cref="LawRules.FindProposed"/> trims to a jurisdiction or a body) to the next
    /// punctuation or line break.
    /// </summary>
    public Regex ProposedLaw { get; }

    /// <summary>
    /// The part every <see cref="ProposedLaw"/> match contains: a law instrument and a purpose word
    /// ("regulation to "). A text without it holds no proposed law, so the costly pattern, which tries
    /// every word boundary, runs only on the few texts with it.
    /// </summary>
    public Regex ProposedLawCue { get; }

    /// <summary><see cref="ProposedLaw"/> anchored where the search starts (<c>\G</c>): a match starting exactly there or none.</summary>
    public Regex ProposedLawAt { get; }

    private readonly HashSet<char> _proposalWordChars;
    private readonly string[] _purposeWords;

    /// <summary>Whether every law instrument noun is a word of letters, so cues can be found from the token table.</summary>
    public bool CuesAreWords { get; }

    /// <summary>
    /// <see cref="ProposedLaws(string)"/> with the cues found from the document's token table instead of
    /// <see cref="ProposedLawCue"/> over the whole text: the same matches. A cue that a match holds stands after the
    /// white space before its noun, so it starts a token; its noun is a whole word token with the noun bit
    /// (<see cref="TokenLexicons.ProposedLawNoun"/>) when the nouns are words of letters (<see cref="CuesAreWords"/>);
    /// the white space and purpose word after it are then read off the text. Cues the regex would also find inside
    /// words ("subregulation to") start no match, and the search skips them. Falls back to the regex when the
    /// document's text holds more than white space between its blocks (there are no tokens there) or has no tokens.
    /// </summary>
    public IEnumerable<Match> ProposedLaws(Doc doc, TokenTable table)
    {
        if (!CuesAreWords || !OnlyWhiteSpaceOutsideBlocks(doc)) return ProposedLaws(doc.Text);
        return ProposedLaws(doc.Text, table);
    }

    private IEnumerable<Match> ProposedLaws(string text, TokenTable table)
    {
        // Only the tokens with the noun bit are read: the document's candidates, found once.
        var nouns = table.TokensWith(TokenLexicons.ProposedLawNoun);
        int pos = 0, n = 0;
        while (pos < text.Length)
        {
            int cue = -1;
            for (; n < nouns.Length; n++)
            {
                var t = table.Tokens[nouns[n]];
                if (t.Start < pos || t.Start == 0 || !char.IsWhiteSpace(text[t.Start - 1]) || !PurposeFollows(text, t.End)) continue;
                cue = t.Start;
                break;
            }
            if (cue < 0) yield break;
            if (Found(text, pos, cue) is not { } found) { pos = cue + 1; continue; }
            yield return found;
            pos = found.Index + found.Length;
        }
    }

    /// <summary>Whether white space, a purpose word and white space follow a noun that ends at <paramref name="at"/> (as the cue pattern reads them).</summary>
    private bool PurposeFollows(string text, int at)
    {
        int j = at;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        if (j == at) return false;
        var rest = text.AsSpan(j);
        foreach (string w in _purposeWords)
            if (rest.StartsWith(w, StringComparison.Ordinal) && rest.Length > w.Length && char.IsWhiteSpace(rest[w.Length])) return true;
        return false;
    }

    private static bool OnlyWhiteSpaceOutsideBlocks(Doc doc)
    {
        if (doc.Tokens.IsEmpty) return doc.Text.AsSpan().IsWhiteSpace();
        int at = 0;
        foreach (var b in doc.Blocks)
        {
            if (!doc.Text.AsSpan(at, b.Start - at).IsWhiteSpace()) return false;
            at = b.End;
        }
        return doc.Text.AsSpan(at).IsWhiteSpace();
    }

    /// <summary>The first match starting in the run of characters that may precede the cue and ends at it, or null.</summary>
    private Match? Found(string text, int pos, int cue)
    {
        int start = cue;
        while (start > pos && MayPrecedeCue(text[start - 1])) start--;
        start = Math.Max(start, WordsBefore(text, cue, MaxWordsBeforeCue));
        for (int p = start; p <= cue; p++)
            if (ProposedLawAt.Match(text, p) is { Success: true } m) return m;
        return null;
    }

    /// <summary>
    /// The most runs of non-white-space characters a match holds before its cue: an optional proposal word and one to
    /// four capitalised words (<c>(?:proposal\s+)?(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w.]*\s+</c>), none holding white space
    /// and every one followed by white space (<c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>). A match therefore
    /// starts inside one of the last five runs before its cue, and no earlier position needs trying.
    /// </summary>
    private const int MaxWordsBeforeCue = 5;

    /// <summary>Where the <paramref name="words"/>-th run of non-white-space characters before <paramref name="cue"/> starts (0 when there are fewer).</summary>
    internal static int WordsBefore(string text, int cue, int words)
    {
        int at = cue;
        for (int w = 0; w < words && at > 0; w++)
        {
            while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--;
            while (at > 0 && !char.IsWhiteSpace(text[at - 1])) at--;
        }
        return at;
    }

    /// <summary>
    /// The matches of <see cref="ProposedLaw"/> in a text, the same as <c>ProposedLaw.Matches(text)</c>, tried only
    /// where one can start. Every match holds a cue (<see cref="ProposedLawCue"/>) and only proposal-word
    /// characters, word characters, dots and white space before it, so a match starts within the run of those
    /// that ends at the first cue after the previous match; the positions of that run are tried in order.
    /// </summary>
    public IEnumerable<Match> ProposedLaws(string text)
    {
        int pos = 0;
        while (pos < text.Length)
        {
            var cue = ProposedLawCue.Match(text, pos);
            if (!cue.Success) yield break;
            if (Found(text, pos, cue.Index) is not { } found) { pos = cue.Index + 1; continue; }
            yield return found;
            pos = found.Index + found.Length;
        }
    }

    /// <summary>Whether a character may stand in a proposed law before its cue (a superset: letters, digits, marks, connectors, dots, white space, proposal words' characters).</summary>
    private bool MayPrecedeCue(char c) =>
        char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c == '.' || _proposalWordChars.Contains(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation
            or System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber
            or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Surrogate;
}
