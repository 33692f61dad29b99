using System.Text.RegularExpressions;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Text;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// A law's identity key: its name folded to a slug, without "the" and a trailing year, so "the Clean
/// Water Act of 2019" and "Clean Water Act" share "law-clean-water-act". The law rules give it to the
/// mentions they make, and resolution merges the mentions that share it. Keys are identities across a
/// whole corpus, so they are read with the default lexicons whatever lexicons a pipeline runs with.
/// </summary>
internal static class LawKeys
{
    /// <summary>The prefix of every law key.</summary>
    public const string Prefix = "law-";

    private static readonly Regex LeadingArticle = new(
        "^" + PatternParts.Alternation(PatternParts.WithCapitalized(LexiconSet.Default.Entities.DefiniteArticles)) + @"\s+",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex TrailingYear = new(
        @"\s+(?:" + PatternParts.Alternation(LexiconSet.Default.Entities.OfPrepositions) + @"\s+)?(?:19|20)\d\d$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The key of a law's name.</summary>
    public static string Of(string name) => Prefix + Slug.Of(TrailingYear.Replace(LeadingArticle.Replace(name, ""), ""));
}
