using Knowledge.Lexicons;

namespace Knowledge.Text;

/// <summary>
/// Web addresses and e-mail addresses in running text: URLs that start with a scheme or "www.", bare
/// domains that end in a known top-level domain (models/text/top-level-domains.txt), and e-mail
/// addresses. Scans are bounded so that tokenizing stays linear.
/// </summary>
internal sealed class WebAddresses
{
    private readonly Lexicon _topLevelDomains;

    public WebAddresses(Lexicon topLevelDomains) => _topLevelDomains = topLevelDomains;

    /// <summary>
    /// The length of an e-mail address starting at <paramref name="i"/>, or 0: a local part of letters, digits
    /// and <c>._%+-</c>, an @, and a domain of at least two dot-separated labels. Scans are bounded so that
    /// tokenizing stays linear.
    /// </summary>
    public static int EmailLength(string t, int i, int end)
    {
        if (i > 0 && (char.IsLetterOrDigit(t[i - 1]) || t[i - 1] is '.' or '@' or '_' or '%' or '+' or '-')) return 0;
        int limit = Math.Min(end, i + 64);
        if (t.IndexOf('@', i, limit - i) < 0) return 0;
        int j = i;
        while (j < limit && (char.IsLetterOrDigit(t[j]) || t[j] is '.' or '_' or '%' or '+' or '-')) j++;
        if (j >= end || t[j] != '@' || j == i || t[j - 1] == '.') return 0;
        int domainStart = j + 1;
        int k = domainStart;
        int lastDot = -1;
        limit = Math.Min(end, domainStart + 253);
        while (k < limit && (char.IsLetterOrDigit(t[k]) || t[k] == '-' || (t[k] == '.' && k + 1 < end && char.IsLetterOrDigit(t[k + 1]) && t[k - 1] != '.')))
        {
            if (t[k] == '.') lastDot = k;
            k++;
        }
        if (lastDot < 0 || t[domainStart] == '.' || k - lastDot - 1 < 2) return 0;
        return k - i;
    }

    public static bool StartsUrl(string t, int i, int end)
    {
        var rest = t.AsSpan(i, end - i);
        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return i == 0 || !char.IsLetterOrDigit(t[i - 1]);
        return false;
    }

    public static int UrlLength(string t, int i, int end)
    {
        int j = i;
        int depth = 0;
        while (j < end && !char.IsWhiteSpace(t[j]) && t[j] is not ('"' or '“' or '”' or '<' or '>'))
        {
            if (t[j] == '(') depth++;
            else if (t[j] == ')') { if (depth == 0) break; depth--; }
            j++;
        }
        while (j > i + 1 && t[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’') j--;
        return j - i;
    }

    /// <summary>
    /// The length of a bare domain (letters, digits and hyphens in two or more dot-separated labels, ending in a
    /// known top-level domain, optionally followed by a path), or 0. The scan is bounded to 100 characters and 7 labels.
    /// </summary>
    public int DomainLength(string t, int i, int end)
    {
        int limit = Math.Min(end, i + 100);
        int k = i, lastDot = -1, dots = 0;
        while (k < limit && dots <= 6)
        {
            char c = t[k];
            if (c < 128 && (char.IsLetterOrDigit(c) || c == '-')) { k++; continue; }
            if (c == '.' && k + 1 < end && t[k + 1] < 128 && char.IsLetterOrDigit(t[k + 1]) && t[k - 1] != '.') { lastDot = k; dots++; k++; continue; }
            break;
        }
        if (dots == 0 || k < end && (char.IsLetterOrDigit(t[k]) || t[k] == '@')) return 0;
        var tld = t.AsSpan(lastDot + 1, k - lastDot - 1);
        if (!_topLevelDomains.Contains(tld) || !tld.ToString().All(char.IsLower) && !tld.ToString().All(char.IsUpper)) return 0;
        // A path after the domain: ijm.org/news, trailing punctuation excluded.
        if (k < end && t[k] == '/')
        {
            int p = k;
            while (p < end && !char.IsWhiteSpace(t[p]) && t[p] is not ('"' or '“' or '”' or '<' or '>' or '(' or ')')) p++;
            while (p > k && t[p - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’') p--;
            k = p;
        }
        return k - i;
    }
}
