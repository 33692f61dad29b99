using System.Text.RegularExpressions;
using Knowledge.Extraction.Entities;
using Knowledge.Lexicons;
using Knowledge.Text;

namespace Knowledge.Extraction.Laws;

/// <summary>
/// A law's identity key: its name folded to a slug, without "the" and a trailing year, so "the Clean
/// Water Act of 2019" and "Clean Water Act" share "law-clean-water-act". The law rules give it to the
/// mentions they make, and resolution merges the mentions that share it. The article and the word
/// before a year come from the pipeline's lexicons, which resolution shares.
/// </summary>
internal sealed class LawKeys
{
    /// <summary>The prefix of every law key.</summary>
    public const string Prefix = "law-";

    private readonly Regex _leadingArticle;
    private readonly Regex _trailingYear;

    public LawKeys(LexiconSet lex)
    {
        _leadingArticle = new Regex(
            "^" + PatternParts.Alternation(PatternParts.WithCapitalized(lex.Entities.DefiniteArticles)) + @"\s+",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _trailingYear = new Regex(
            @"\s+(?:" + PatternParts.Alternation(lex.Entities.OfPrepositions) + @"\s+)?(?:19|20)\d\d$",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The key of a law's name.</summary>
    public string Of(string name) => Prefix + Slug.Of(_trailingYear.Replace(_leadingArticle.Replace(name, ""), ""));
}
