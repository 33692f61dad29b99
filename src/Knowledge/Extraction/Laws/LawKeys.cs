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
/// <remarks>
/// The name is cut by scanning its ends, no regular expression: a leading article (an entry of the definite
/// articles, as written or capitalised, first in file order) with the white space after it, and a trailing year
/// ("19" or "20" and two digits, at the end or before a final line feed) with the white space before it and, when
/// one stands there, an of-preposition and its white space. This is what the patterns
/// <c>^(?:the|The)\s+</c> and <c>\s+(?:(?:of)\s+)?(?:19|20)\d\d$</c> removed (<c>\s</c> is
/// <see cref="char.IsWhiteSpace(char)"/>, <c>\d</c> <see cref="char.IsDigit(char)"/>).
/// </remarks>
internal sealed class LawKeys
{
    /// <summary>The prefix of every law key.</summary>
    public const string Prefix = "law-";

    private readonly string[] _articles;
    private readonly string[] _yearPrepositions;

    public LawKeys(LexiconSet lex)
    {
        _articles = [.. PatternParts.WithCapitalized(lex.Entities.DefiniteArticles)];
        _yearPrepositions = [.. lex.Entities.OfPrepositions.Entries];
    }

    /// <summary>The key of a law's name.</summary>
    public string Of(string name)
    {
        var span = name.AsSpan();
        int from = LeadingArticleLength(span);
        var (cut, end) = TrailingYear(span[from..]);
        if (cut < 0) return Prefix + Slug.Of(from == 0 ? name : name[from..]);
        return Prefix + Slug.Of(string.Concat(span.Slice(from, cut), span[(from + end)..]));
    }

    /// <summary>The length of a leading article and the white space after it (at least one character of it), or 0.</summary>
    private int LeadingArticleLength(ReadOnlySpan<char> name)
    {
        foreach (string article in _articles)
        {
            if (!name.StartsWith(article, StringComparison.Ordinal) || name.Length == article.Length || !char.IsWhiteSpace(name[article.Length])) continue;
            int j = article.Length;
            while (j < name.Length && char.IsWhiteSpace(name[j])) j++;
            return j;
        }
        return 0;
    }

    /// <summary>Where a trailing year (with its preposition and white space) starts and ends in the text; (-1, -1) when none.</summary>
    private (int Start, int End) TrailingYear(ReadOnlySpan<char> r)
    {
        // "$" matches at the end or before a final line feed; only one of the two can end a year.
        int end = r.Length > 0 && r[^1] == '\n' ? r.Length - 1 : r.Length;
        int year = end - 4;
        if (year < 1 || !(r[year] == '1' && r[year + 1] == '9' || r[year] == '2' && r[year + 1] == '0') || !char.IsDigit(r[year + 2]) || !char.IsDigit(r[year + 3]))
            return (-1, -1);
        int space = WhiteSpaceBefore(r, year);
        if (space == year) return (-1, -1);
        // The leftmost match wins: the longest preposition that ends right before the white space, itself after white space.
        int best = space;
        foreach (string p in _yearPrepositions)
        {
            int at = space - p.Length;
            if (at < 1 || !r[at..space].SequenceEqual(p)) continue;
            int before = WhiteSpaceBefore(r, at);
            if (before < at && before < best) best = before;
        }
        return (best, end);
    }

    private static int WhiteSpaceBefore(ReadOnlySpan<char> r, int at)
    {
        while (at > 0 && char.IsWhiteSpace(r[at - 1])) at--;
        return at;
    }
}
