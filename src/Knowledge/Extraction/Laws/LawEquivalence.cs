using System.Text.RegularExpressions;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// Finds laws the text says are one: a name followed by its numbers in parentheses
/// ("the X Act (S. 410/H.R. 4410)"), or joined by "or the", "also known as", "otherwise known as",
/// a number and a name in apposition ("Republic Act 9999, the Clean Water Act"), and a bill number
/// after the chamber it was filed in when the sentence names the law earlier.
/// The later mention takes the earlier one's key and records the other name in SameAs.
/// </summary>
internal sealed partial class LawEquivalence
{
    /// <summary>
    /// What joins two names of one law ("(", "/", ", also known as the"), anchored at both ends of the text between them.
    /// It ran on the non-backtracking engine, whose construction took some milliseconds and 2 MB of every run with two
    /// laws in a sentence (1.7% of a run on the corpus scaled ten times). Its white space runs are now atomic groups,
    /// which match what they matched (nothing it joins opens with white space), so the backtracking engine runs it in
    /// linear time. Built on first use; a race builds it twice, equal ones.
    /// </summary>
    private Regex Joiner => _joiner ??= new Regex(_joinerPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly string _joinerPattern;
    private Regex? _joiner;

    /// <summary>Apposition by a comma ("Republic Act 9999, the Clean Water Act"): only between a number and a name, as a comma between two names lists laws.</summary>
    private readonly Regex _commaThe;

    /// <summary>A bill's number after the chamber it was filed in: "introduced in the Senate (S. 99)".</summary>
    [GeneratedRegex(@"^\s*\($", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex ChamberNumber();

    private readonly LawKeys _keys;

    public LawEquivalence(LexiconSet lex)
    {
        _keys = new LawKeys(lex);
        string the = PatternParts.Alternation(lex.Entities.DefiniteArticles);
        // The white space runs are atomic: no phrase or article opens with white space (the lexicons trim their
        // entries), so giving some back could never let a match through, and the pattern stays linear on any input.
        _joinerPattern = @"^(?>\s*)(?:\(|/|,?(?>\s*)" + PatternParts.Alternation(lex.Laws.EquivalencePhrases) + @"(?>\s+)(?:" + the + @"(?>\s+))?)(?>\s*)$";
        _commaThe = new Regex(@"^\s*,\s*" + the + @"\s+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public void Link(Doc doc, EntityMentionSet found)
    {
        var laws = found.Items.Where(m => m.Type == EntityType.Law).OrderBy(m => m.Start).ToList();
        for (int i = 0; i + 1 < laws.Count; i++)
        {
            var a = laws[i];
            var b = laws[i + 1];
            if (doc.SentenceIndexAt(a.Start) != doc.SentenceIndexAt(b.Start)) continue;
            if (b.Start - a.End > 40 && !IsChamberNumber(doc, found, a, b)) continue;
            string between = doc.Slice(a.End, b.Start);
            bool numberAndName = (a.Rule == EntityRuleIds.LawNumber) != (b.Rule == EntityRuleIds.LawNumber);
            if (!Joiner.IsMatch(between) && !(numberAndName && _commaThe.IsMatch(between)) && !IsChamberNumber(doc, found, a, b)) continue;
            var linked = b with { Key = a.Key ?? _keys.Of(a.Name), SameAs = b.SameAs ?? a.Name };
            var original = b with { };
            found.Replace(b, linked with { EquivalentKeys = [.. b.EquivalentKeys, _keys.Of(b.Name), .. b.Key is null ? Array.Empty<string>() : [b.Key]] });
            laws[i + 1] = found.Items.First(m => m.Start == original.Start && m.End == original.End);
        }
    }

    /// <summary>"the X Act was introduced in the Senate (S. 99)": a bill number in parentheses right after an organisation (the chamber), with the named law earlier in the sentence.</summary>
    private static bool IsChamberNumber(Doc doc, EntityMentionSet found, EntityMention a, EntityMention b)
    {
        if (b.Rule != EntityRuleIds.LawNumber || a.Rule == EntityRuleIds.LawNumber || b.Start - a.End > 120) return false;
        int paren = b.Start >= 1 ? doc.Text.LastIndexOf('(', b.Start - 1, Math.Min(3, b.Start)) : -1;
        if (paren < 0 || !ChamberNumber().IsMatch(doc.Slice(paren, b.Start))) return false;
        int before = paren - 1;
        while (before > a.End && doc.Text[before] == ' ') before--;
        return found.Overlapping(before, before + 1).Any(m => m.Type == EntityType.Organization && m.End == before + 1);
    }
}
