using System.Text.RegularExpressions;
using Knowledge.Lexicons;
using Knowledge.Text;

namespace Knowledge.Resolution;

/// <summary>
/// Other written forms of one organisation's name, as identity keys: the "of" form of a
/// department or ministry named by its field ("State Department" → "Department of State",
/// "Freedonia Labor Department Office for Fair Wages" → "Freedonia Department of Labor Office for Fair Wages"),
/// and the content words of a long name, without the small connectors that writers vary
/// ("Council for Rural Health" / "Council on Rural Health").
/// </summary>
internal sealed class OrganizationForms
{
    private readonly Regex _fieldFirst;
    private readonly Dictionary<string, string> _joinerOf;
    private readonly Lexicon _notFields;
    private readonly Lexicon _connectors;

    public OrganizationForms(LexiconSet lex)
    {
        var heads = lex.Organizations.FieldHeads.Rows.Where(r => r.Length >= 2).ToList();
        _joinerOf = heads.ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        string headAlternation = string.Join("|", heads.Select(r => Regex.Escape(r[0])));
        string joinerAlternation = string.Join("|", heads.Select(r => Regex.Escape(r[1])).Distinct(StringComparer.Ordinal));
        _fieldFirst = new Regex($@"(?<![\p{{L}}-])(?<field>\p{{Lu}}\p{{Ll}}+) (?<head>{headAlternation})\b(?! (?:{joinerAlternation})\b)",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _notFields = lex.Organizations.NotFields;
        _connectors = lex.Organizations.VariableConnectors;
    }

    /// <summary>
    /// The "Department of X" form of a name that writes a one-word field before the head
    /// ("Health Ministry" → "Ministry of Health"); null when the name has no such part.
    /// </summary>
    public string? OfForm(string name)
    {
        var m = _fieldFirst.Match(name);
        if (!m.Success || _notFields.Contains(m.Groups["field"].Value)) return null;
        string head = m.Groups["head"].Value;
        return string.Concat(name.AsSpan(0, m.Index), $"{head} {_joinerOf[head]} {m.Groups["field"].Value}", name.AsSpan(m.Index + m.Length));
    }

    /// <summary>
    /// The folded content words of a name of four or more of them, in order, without connectors
    /// such as "of", "on" and "for"; null for shorter names, where a connector may be all that
    /// tells two bodies apart.
    /// </summary>
    public string? ContentKey(string name)
    {
        var words = Slug.Of(name).Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !_connectors.Contains(w)).ToList();
        return words.Count >= 4 ? string.Join('-', words) : null;
    }
}
