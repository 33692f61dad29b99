using System.Text.RegularExpressions;
using Knowledge.Graph;
using Knowledge.Text;

namespace Knowledge.Resolution;

/// <summary>
/// Other written forms of one organisation's name, as identity keys: the "of" form of a
/// department or ministry named by its field ("State Department" → "Department of State",
/// "U.S. Justice Department Office for Victims" → "U.S. Department of Justice Office for Victims"),
/// and the content words of a long name, without the small connectors that writers vary
/// ("Council for Rural Health" / "Council on Rural Health").
/// </summary>
internal static class OrganizationForms
{
    private static readonly Regex FieldFirst = new(
        @"(?<![\p{L}-])(?<field>\p{Lu}\p{Ll}+) (?<head>Department|Ministry)\b(?! of\b)",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "on", "for", "the", "in", "at", "to",
    };

    /// <summary>Words that open a name without being its field ("National Department").</summary>
    private static readonly HashSet<string> NotFields = new(StringComparer.Ordinal)
    {
        "National", "Federal", "State's", "Central", "Regional", "Provincial", "Municipal", "City", "County", "The", "New",
    };

    /// <summary>
    /// The "Department of X" form of a name that writes a one-word field before the head
    /// ("Health Ministry" → "Ministry of Health"); null when the name has no such part.
    /// </summary>
    public static string? OfForm(string name)
    {
        var m = FieldFirst.Match(name);
        if (!m.Success || NotFields.Contains(m.Groups["field"].Value)) return null;
        return string.Concat(name.AsSpan(0, m.Index), $"{m.Groups["head"].Value} of {m.Groups["field"].Value}", name.AsSpan(m.Index + m.Length));
    }

    /// <summary>
    /// The folded content words of a name of four or more of them, in order, without connectors
    /// such as "of", "on" and "for"; null for shorter names, where a connector may be all that
    /// tells two bodies apart.
    /// </summary>
    public static string? ContentKey(string name)
    {
        var words = Slug.Of(name).Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Connectors.Contains(w)).ToList();
        return words.Count >= 4 ? string.Join('-', words) : null;
    }
}
