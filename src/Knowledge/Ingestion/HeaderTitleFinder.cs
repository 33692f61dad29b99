using System.Collections.Immutable;

namespace Knowledge.Ingestion;

/// <summary>
/// Finds the title of a plain-text press release or article: the first non-empty header line that
/// is not a banner ("EMBARGOED PRESS RELEASE", any all-uppercase line), an embargo note, a date line
/// or a "Published:" line. A Markdown heading's leading '#' marks are dropped.
/// </summary>
internal static class HeaderTitleFinder
{
    private const int MaxTitleLength = 300;

    private static readonly ImmutableArray<string> NotTitlePrefixes =
    [
        "to be released", "embargoed", "embargo", "for immediate release", "for release", "press release",
        "published:", "date:", "dated:", "posted:", "contact:", "media contact",
    ];

    /// <summary>The title, or null when the header has no line that looks like one.</summary>
    public static string? Find(string text)
    {
        foreach (var raw in HeaderDateFinder.HeaderLines(text))
        {
            var line = raw.Trim().TrimStart('#').Trim().Trim('*', '_').Trim();
            if (line.Length == 0 || line.Length >= MaxTitleLength) continue;
            if (IsAllUppercase(line)) continue;
            if (HeaderDateFinder.IsDateOnly(line, out _)) continue;
            if (NotTitlePrefixes.Any(p => line.StartsWith(p, StringComparison.OrdinalIgnoreCase))) continue;
            return line;
        }
        return null;
    }

    private static bool IsAllUppercase(string line)
    {
        bool anyLetter = false;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            anyLetter = true;
            if (char.IsLower(c)) return false;
        }
        return anyLetter;
    }
}
