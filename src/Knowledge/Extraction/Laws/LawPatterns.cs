using System.Text.RegularExpressions;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// Patterns for laws written by number: "Republic Act No. 11930", "RA 11930", "R.A. no. 9775",
/// bills ("S. 1207", "H.R. 2732", "House Bill No. 10", "Senate Bill 234"), ordinances, and law
/// numbers inside link URLs ("…/republic-act-no-11930/"). Every pattern has a match timeout.
/// </summary>
internal static class LawPatterns
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static readonly Regex RepublicAct = new(
        @"(?<![\w.])(?:Republic\s+Act|R\.\s?A\.|RA)\s*(?:(?:No|no|NO|Number)\.?\s*)?(?<n>\d{3,5})\b",
        RegexOptions.CultureInvariant, Timeout);

    public static readonly Regex Bill = new(
        @"(?<![\w.])(?<kind>H\.\s?R\.|S\.|House\s+Bill|Senate\s+Bill|HB|SB)\s*(?:(?:No|no)\.?\s*)?(?<n>\d{1,5})\b",
        RegexOptions.CultureInvariant, Timeout);

    public static readonly Regex Ordinance = new(
        @"(?<![\w.])(?<kind>(?:City|Municipal|Provincial|Barangay)\s+)?Ordinance\s+(?:No\.?\s*)(?<n>\d[\d-]*\d|\d)\b",
        RegexOptions.CultureInvariant, Timeout);

    public static readonly Regex UrlRepublicAct = new(
        @"(?:republic[-_]?act[-_]?(?:no[-_.]?)?|\bra[-_]?)(?<n>\d{4,5})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>An acronym-named act with its expansion: "EARN IT (Eliminating … Technologies) Act".</summary>
    public static readonly Regex ExpandedAcronymAct = new(
        @"\b(?<acr>[A-Z][A-Z0-9]+(?:\s[A-Z][A-Z0-9]+)*)\s\((?<exp>[A-Z][^()\n]{5,160}?)\)\s(?<head>Act|Bill)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Timeout); // backtracking is quadratic on all-capitals text

    /// <summary>A law named by what it is against, in lower case: "the Anti-OSAEC law"; a footnote mark may follow the name ("Anti-Fraud* Law").</summary>
    public static readonly Regex AntiLaw = new(
        @"\b(?<name>Anti-[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,6})\*?\s(?:law|Law)\b",
        RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// A proposed law described by its purpose, in lower case after a capitalised jurisdiction: "the
    /// proposed EU regulation to curb online fraud". The name runs from the jurisdiction to the next
    /// punctuation or line break.
    /// </summary>
    public static readonly Regex ProposedLaw = new(
        @"\b(?:proposed|draft)\s+(?<name>(?<place>[A-Z][\w.]*)\s+(?:legislation|regulation|directive|bill)\s+to\s+[a-z][^\n,.;:()\[\]“”""]{3,140})",
        RegexOptions.CultureInvariant, Timeout);

    /// <summary>The canonical name and identity key of a numbered law match.</summary>
    public static (string Name, string Key) Describe(Match m, Regex pattern)
    {
        string n = m.Groups["n"].Value;
        if (pattern == RepublicAct) return ($"Republic Act No. {n}", $"law-ra-{n}");
        if (pattern == Ordinance)
        {
            string kind = m.Groups["kind"].Value.Trim();
            return ($"{(kind.Length > 0 ? kind + " " : "")}Ordinance No. {n}", $"law-ordinance-{kind.ToLowerInvariant()}-{n}");
        }
        string k = Regex.Replace(m.Groups["kind"].Value, @"\s+", " ", RegexOptions.None, Timeout);
        return k switch
        {
            "H.R." or "H. R." => ($"H.R. {n}", $"law-hr-{n}"),
            "S." => ($"S. {n}", $"law-s-{n}"),
            "House Bill" or "HB" => ($"House Bill No. {n}", $"law-hb-{n}"),
            _ => ($"Senate Bill No. {n}", $"law-sb-{n}"),
        };
    }
}
