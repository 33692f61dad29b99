using System.Text.RegularExpressions;
using Knowledge.Text;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// A law's identity key: its name folded to a slug, without "the" and a trailing year, so "the Clean
/// Water Act of 2019" and "Clean Water Act" share "law-clean-water-act". The law rules give it to the
/// mentions they make, and resolution merges the mentions that share it.
/// </summary>
internal static class LawKeys
{
    private static readonly Regex LeadingArticle = new(@"^(?:the|The)\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex TrailingYear = new(@"\s+(?:of\s+)?(?:19|20)\d\d$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The key of a law's name.</summary>
    public static string Of(string name) => "law-" + Slug.Of(TrailingYear.Replace(LeadingArticle.Replace(name, ""), ""));
}
