using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.Lexicons;

/// <summary>Where a citation pattern is matched.</summary>
public enum LawCitationSource
{
    /// <summary>In the document's text ("Republic Act No. 12345").</summary>
    Text,

    /// <summary>In the URLs of the document's links (".../republic-act-no-11930/").</summary>
    Link,
}

/// <summary>
/// One way a jurisdiction writes a law by number, read from a row of its citation table: the pattern
/// and the templates of the law's canonical name and identity key ("Republic Act No. {n}", "law-ra-{n}").
/// A template's {group} is replaced by the text of the pattern's named group.
/// </summary>
public sealed class LawCitationPattern
{
    internal LawCitationPattern(string jurisdiction, string id, LawCitationSource source, Regex pattern, string nameTemplate, string keyTemplate)
    {
        Jurisdiction = jurisdiction;
        Id = id;
        Source = source;
        Pattern = pattern;
        NameTemplate = nameTemplate;
        KeyTemplate = keyTemplate;
    }

    /// <summary>The pack's code, its folder under models/jurisdictions/ ("ph").</summary>
    public string Jurisdiction { get; }

    /// <summary>The pattern's name within the pack ("republic-act").</summary>
    public string Id { get; }

    /// <summary>Whether the pattern reads the text or link URLs.</summary>
    public LawCitationSource Source { get; }

    /// <summary>The regular expression, culture-invariant and with a match timeout.</summary>
    public Regex Pattern { get; }

    /// <summary>The canonical name's template ("Republic Act No. {n}"); the filled name is trimmed.</summary>
    public string NameTemplate { get; }

    /// <summary>The identity key's template ("law-ra-{n}"); the filled key is folded to lower case.</summary>
    public string KeyTemplate { get; }

    /// <summary>Finds the pattern's matches in a text without the interpreter's look-behind allocations.</summary>
    internal CitationScanner Scanner => _scanner ??= new CitationScanner(Pattern);

    private CitationScanner? _scanner;

    /// <summary>The match timeout of every citation pattern.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The canonical name of the law a match cites.</summary>
    public string NameOf(Match match) => Fill(NameTemplate, match).Trim();

    /// <summary>The identity key of the law a match cites.</summary>
    public string KeyOf(Match match) => Fill(KeyTemplate, match).ToLowerInvariant();

    /// <summary>Reads a citation table: columns id, source (text or link), pattern, name template, key template.</summary>
    internal static IEnumerable<LawCitationPattern> Parse(string jurisdiction, LexiconTable table)
    {
        foreach (var row in table.Rows)
        {
            if (row.Length != 5 || !Enum.TryParse<LawCitationSource>(row[1], ignoreCase: true, out var source))
                throw new InvalidOperationException($"The citation table '{table.Name}' has a malformed row: {string.Join(" | ", row)}");
            yield return new LawCitationPattern(jurisdiction, row[0], source,
                new Regex(row[2], RegexOptions.CultureInvariant, MatchTimeout), row[3], row[4]);
        }
    }

    private static string Fill(string template, Match match)
    {
        var text = new StringBuilder(template.Length + 8);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }
            text.Append(template, i, open - i).Append(match.Groups[template[(open + 1)..close]].Value);
            i = close + 1;
        }
        return text.ToString();
    }
}
