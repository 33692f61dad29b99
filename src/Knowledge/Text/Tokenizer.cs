using System.Collections.Immutable;
using System.Globalization;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Text;

/// <summary>
/// Splits each block of a document into tokens: words (with inner hyphens and apostrophes),
/// abbreviations with their periods (from the abbreviation lexicons, initials, dotted forms such as
/// "R.A." and "U.S."), numbers, dates, section references such as "4(h)", URLs, e-mail addresses,
/// hashtags, possessive endings, quotation marks with their direction, and punctuation.
/// Tokens never cross a block boundary. Runs in time linear in the text.
/// </summary>
public sealed class Tokenizer : IDocComponent
{
    private readonly LexiconSet _lexicons;

    /// <summary>Creates a tokenizer over the given lexicons.</summary>
    public Tokenizer(LexiconSet lexicons)
    {
        _lexicons = lexicons;
        _abbreviations = new AbbreviationSet(lexicons.English.Abbreviations, lexicons.Titles.TitleAbbreviations);
    }

    private readonly AbbreviationSet _abbreviations;

    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (var block in doc.Blocks) Tokenize(doc.Text, block.Start, block.End, tokens);
        return doc with { Tokens = tokens.ToImmutable() };
    }

    /// <summary>Tokenizes a range of text.</summary>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        Tokenize(text, 0, text.Length, tokens);
        return tokens.ToImmutable();
    }

    private void Tokenize(string text, int start, int end, ImmutableArray<Token>.Builder tokens)
    {
        int i = start;
        bool singleOpen = false;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (tokens.Count > 0 && tokens[^1].End == i && tokens[^1].Start >= start)
                    tokens[^1] = tokens[^1] with { SpaceAfter = true };
                i++;
                continue;
            }
            var (len, kind) = Next(text, i, end, singleOpen);
            if (len <= 0) len = i + 1 < end && char.IsSurrogatePair(text[i], text[i + 1]) ? 2 : 1;
            len = Math.Min(len, end - i);
            if (text[i] is '\'' or '‘' or '’')
            {
                if (kind == TokenKind.OpenQuote) singleOpen = true;
                else if (kind == TokenKind.CloseQuote) singleOpen = false;
            }
            tokens.Add(new Token(i, i + len, kind));
            i += len;
        }
    }

    private (int Length, TokenKind Kind) Next(string t, int i, int end, bool singleOpen)
    {
        char c = t[i];
        if (StartsUrl(t, i, end)) return (UrlLength(t, i, end), TokenKind.Url);
        if (c is '#' or '@' && i + 1 < end && char.IsLetter(t[i + 1]) && (i == 0 || !char.IsLetterOrDigit(t[i - 1])))
        {
            int j = i + 1;
            while (j < end && (char.IsLetterOrDigit(t[j]) || t[j] == '_')) j++;
            return (j - i, TokenKind.Hashtag);
        }
        if (char.IsLetterOrDigit(c) && EmailLength(t, i, end) is > 0 and var emailLength) return (emailLength, TokenKind.Email);
        if (c is '“' or '«' or '„') return (1, TokenKind.OpenQuote);
        if (c is '”' or '»') return (1, TokenKind.CloseQuote);
        if (c == '"')
        {
            bool spaceBefore = i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] is '(' or '[' or '{' or '—' or '–' or '>' or '“' or '‘' or '\'';
            bool spaceAfter = i + 1 >= end || char.IsWhiteSpace(t[i + 1]);
            if (spaceBefore && spaceAfter) return (1, TokenKind.Quote);
            return (1, spaceBefore ? TokenKind.OpenQuote : TokenKind.CloseQuote);
        }
        if (c is '‘' or '’' or '\'')
        {
            if ((c is '’' or '\'') && IsPossessiveAt(t, i, end, out int plen)) return (plen, TokenKind.Possessive);
            if ((c is '’' or '\'') && !singleOpen && IsPluralPossessiveAt(t, i, end)) return (1, TokenKind.Possessive);
            bool open = c == '‘' || i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] is '(' or '[' or '“' or '"' or '—' or '–';
            return (1, open ? TokenKind.OpenQuote : TokenKind.CloseQuote);
        }
        if (char.IsDigit(c)) return Number(t, i, end);
        if (char.IsLetter(c)) return Word(t, i, end);
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(t[i + 1]))
        {
            return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, t[i + 1])))
                ? Word(t, i, end) : (SymbolCluster(t, i, end), TokenKind.Symbol);
        }
        if (c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟')
        {
            int j = i + 1;
            while (j < end && t[j] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟') j++;
            return (j - i, TokenKind.Terminal);
        }
        if (c is '%' or '&' or '‰' or '#' or '@' or '*' or '§' or '°') return (1, TokenKind.Symbol);
        var cat = char.GetUnicodeCategory(c);
        if (cat is UnicodeCategory.OtherSymbol) return (SymbolCluster(t, i, end), TokenKind.Symbol);
        return cat is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            ? (1, TokenKind.Symbol) : (1, TokenKind.Punctuation);
    }

    private static bool IsWordCategory(UnicodeCategory cat) => cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>
    /// The length of a symbol with what belongs to it: an emoji with its variation selector, skin-tone
    /// modifier, keycap and zero-width-joiner sequence, so that no surrogate pair or emoji is split.
    /// </summary>
    private static int SymbolCluster(string t, int i, int end)
    {
        int j = i + (char.IsHighSurrogate(t[i]) && i + 1 < end && char.IsLowSurrogate(t[i + 1]) ? 2 : 1);
        // A flag: two regional indicators U+1F1E6..U+1F1FF.
        if (j == i + 2 && IsRegionalIndicator(t, i, end) && IsRegionalIndicator(t, j, end)) j += 2;
        while (j < end)
        {
            char c = t[j];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3') { j++; continue; }
            // Skin-tone modifiers U+1F3FB..U+1F3FF and tag characters U+E0020..U+E007F (flags of regions).
            if (c == '\uD83C' && j + 1 < end && t[j + 1] is >= '\uDFFB' and <= '\uDFFF') { j += 2; continue; }
            if (c == '\uDB40' && j + 1 < end && t[j + 1] is >= '\uDC20' and <= '\uDC7F') { j += 2; continue; }
            if (c == '\u200D' && j + 1 < end && !char.IsWhiteSpace(t[j + 1]))
            {
                j += j + 2 < end && char.IsHighSurrogate(t[j + 1]) && char.IsLowSurrogate(t[j + 2]) ? 3 : 2;
                continue;
            }
            break;
        }
        return j - i;
    }

    private static bool IsRegionalIndicator(string t, int i, int end) =>
        i + 1 < end && t[i] == '\uD83C' && t[i + 1] is >= '\uDDE6' and <= '\uDDFF';

    /// <summary>
    /// The length of an e-mail address starting at <paramref name="i"/>, or 0: a local part of letters, digits
    /// and <c>._%+-</c>, an @, and a domain of at least two dot-separated labels. Scans are bounded so that
    /// tokenizing stays linear.
    /// </summary>
    private static int EmailLength(string t, int i, int end)
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

    private static bool StartsUrl(string t, int i, int end)
    {
        var rest = t.AsSpan(i, end - i);
        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return i == 0 || !char.IsLetterOrDigit(t[i - 1]);
        return false;
    }

    private static int UrlLength(string t, int i, int end)
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

    private static bool IsPossessiveAt(string t, int i, int end, out int length)
    {
        length = 0;
        if (i == 0 || !char.IsLetterOrDigit(t[i - 1])) return false;
        if (i + 1 < end && t[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(t[i + 2])))
        {
            length = 2;
            return true;
        }
        return false;
    }

    /// <summary>A plural possessive apostrophe: "the students' rights" (after an s that ends a word, before a word).</summary>
    private static bool IsPluralPossessiveAt(string t, int i, int end) =>
        i >= 2 && t[i - 1] is 's' or 'S' && char.IsLetter(t[i - 2])
        && i + 2 < end && t[i + 1] == ' ' && char.IsLetterOrDigit(t[i + 2]);

    private (int, TokenKind) Number(string t, int i, int end)
    {
        int j = i;
        while (j < end && char.IsDigit(t[j])) j++;
        int digits = j - i;
        // ISO date 2023-09-07 and slashed dates 9/7/2023.
        if (digits == 4 && j + 5 < end && t[j] == '-' && IsDigits(t, j + 1, 2, end) && j + 3 < end && t[j + 3] == '-' && IsDigits(t, j + 4, 2, end)
            && (j + 6 >= end || !char.IsDigit(t[j + 6])))
            return (10, TokenKind.Date);
        if (digits <= 2 && j < end && t[j] == '/' && CountDigits(t, j + 1, end) is 1 or 2)
        {
            int k = j + 1 + CountDigits(t, j + 1, end);
            if (k < end && t[k] == '/' && CountDigits(t, k + 1, end) is 2 or 4)
                return (k + 1 + CountDigits(t, k + 1, end) - i, TokenKind.Date);
        }
        // Separators inside numbers: 1,181 and 3.5
        while (j + 1 < end && t[j] is ',' or '.' && char.IsDigit(t[j + 1]))
        {
            j++;
            while (j < end && char.IsDigit(t[j])) j++;
        }
        // Section references: 4(h), 12(a)(3)
        int k2 = j;
        while (k2 + 2 < end && t[k2] == '(')
        {
            int m = k2 + 1;
            while (m < end && m - k2 <= 4 && char.IsLetterOrDigit(t[m])) m++;
            if (m < end && t[m] == ')' && m > k2 + 1) k2 = m + 1; else break;
        }
        if (k2 > j) return (k2 - i, TokenKind.SectionReference);
        // Ordinals: 1st, 22nd, 3rd, 15th
        if (j + 2 <= end && IsOrdinalSuffix(t.AsSpan(j, Math.Min(2, end - j))) && (j + 2 == end || !char.IsLetter(t[j + 2])))
            return (j + 2 - i, TokenKind.Number);
        // Hyphenated compounds that start with a number: 6-part, 15-year-old
        if (j + 1 < end && t[j] == '-' && char.IsLetter(t[j + 1]))
        {
            var (len, _) = Word(t, j + 1, end);
            return (j + 1 + len - i, TokenKind.Word);
        }
        return (j - i, TokenKind.Number);
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static bool IsDigits(string t, int from, int count, int end)
    {
        if (from + count > end) return false;
        for (int k = from; k < from + count; k++) if (!char.IsDigit(t[k])) return false;
        return true;
    }

    private static int CountDigits(string t, int from, int end)
    {
        int k = from;
        while (k < end && char.IsDigit(t[k])) k++;
        return k - from;
    }

    private (int, TokenKind) Word(string t, int i, int end)
    {
        // Dotted abbreviations: R.A., U.S., H.R., e.g., i.e.
        int d = i;
        int letters = 0;
        while (d + 1 < end && char.IsLetter(t[d]) && t[d + 1] == '.' && (d + 2 >= end || !char.IsLetterOrDigit(t[d + 2]) || letters > 0 || (d + 3 < end && t[d + 3] == '.')))
        {
            letters++;
            d += 2;
        }
        if (letters >= 2) return (d - i, TokenKind.Abbreviation);

        int j = i;
        while (j < end)
        {
            char c = t[j];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                j++;
                continue;
            }
            if (char.IsHighSurrogate(c) && j + 1 < end && char.IsLowSurrogate(t[j + 1])
                && IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, t[j + 1]))))
            {
                j += 2;
                continue;
            }
            // Zero-width (non-)joiners inside words of Arabic and Indic scripts.
            if (c is '\u200C' or '\u200D' && j > i && j + 1 < end && char.IsLetter(t[j + 1])) { j++; continue; }
            // Inner hyphen or apostrophe followed by a letter keeps the word together (Anti-OSAEC, don't),
            // but not a possessive ending ('s).
            if (c is '-' or '‐' && j + 1 < end && char.IsLetterOrDigit(t[j + 1])) { j++; continue; }
            if (c is '\'' or '’' && j + 1 < end && char.IsLetter(t[j + 1]) && !IsPossessiveAt(t, j, end, out _)) { j++; continue; }
            if (c == '&' && j + 1 < end && char.IsUpper(t[j + 1]) && j > i && char.IsUpper(t[j - 1])) { j++; continue; }
            break;
        }
        if (j < end && t[j] == '.')
        {
            // A bare domain: ijm.org, www-less news.example.co.uk.
            int domain = DomainLength(t, i, end);
            if (domain > 0) return (domain, TokenKind.Url);
            // A dotted form in the lexicons: Ph.D., a.m., Lt.Col.
            int dotted = DottedLexiconLength(t, i, end);
            if (dotted > 0) return (dotted, TokenKind.Abbreviation);
            // Abbreviation with its period: a lexicon entry, a title, or a single capital (an initial).
            var word = t.AsSpan(i, j - i);
            bool initial = word.Length == 1 && char.IsUpper(word[0]);
            bool numberAbbrev = (word.Equals("No", StringComparison.OrdinalIgnoreCase) || word.Equals("Nos", StringComparison.OrdinalIgnoreCase))
                && NextNonSpaceIsDigit(t, j + 1, end);
            if (initial || numberAbbrev || _abbreviations.Contains(t.AsSpan(i, j + 1 - i)))
                return (j + 1 - i, TokenKind.Abbreviation);
        }
        return (j - i, TokenKind.Word);
    }

    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "co", "ph", "uk", "us", "ca", "au",
        "nz", "in", "sg", "my", "id", "jp", "kr", "cn", "hk", "tw", "de", "fr", "es", "it", "nl", "eu", "ch", "se",
        "no", "dk", "fi", "ie", "be", "at", "pl", "pt", "br", "mx", "ar", "za", "ng", "ke", "ru", "ua", "tv", "me", "news",
    };

    /// <summary>
    /// The length of a bare domain (letters, digits and hyphens in two or more dot-separated labels, ending in a
    /// known top-level domain, optionally followed by a path), or 0. The scan is bounded to 100 characters and 7 labels.
    /// </summary>
    private static int DomainLength(string t, int i, int end)
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
        if (!TopLevelDomains.Contains(tld.ToString()) || !tld.ToString().All(char.IsLower) && !tld.ToString().All(char.IsUpper)) return 0;
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

    /// <summary>
    /// The length of a dotted lexicon entry with inner periods ("Ph.D.", "a.m.", "Lt.Col."), looked up over at most
    /// 12 characters, or 0.
    /// </summary>
    private int DottedLexiconLength(string t, int i, int end)
    {
        int limit = Math.Min(end, i + 12);
        int best = 0, dots = 0;
        for (int k = i; k < limit; k++)
        {
            char c = t[k];
            if (c == '.')
            {
                dots++;
                if (dots >= 2 && (k + 1 >= end || !char.IsLetterOrDigit(t[k + 1])) && _abbreviations.Contains(t.AsSpan(i, k + 1 - i)))
                    best = k + 1 - i;
                if (k + 1 >= end || !char.IsLetter(t[k + 1])) break;
            }
            else if (!char.IsLetter(c)) break;
        }
        return best;
    }

    private static bool NextNonSpaceIsDigit(string t, int from, int end)
    {
        while (from < end && t[from] == ' ') from++;
        return from < end && char.IsDigit(t[from]);
    }

    /// <summary>
    /// Abbreviations of both lexicons, matched with attention to case: an entry written in lower case
    /// ("e.g.", "approx.") matches in any case; one with capitals ("Inc.", "No.", "Sec.") matches as written or in
    /// all capitals, so that "sat." or "art." at the end of a sentence are not taken for "Sat." or "Art.".
    /// </summary>
    private sealed class AbbreviationSet
    {
        private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
        private readonly HashSet<string> _anyCase = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _upper = new(StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Exact => _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyCase => _anyCase.GetAlternateLookup<ReadOnlySpan<char>>();
        private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Upper => _upper.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

        public AbbreviationSet(params Lexicon[] lexicons)
        {
            foreach (var lexicon in lexicons)
                foreach (var entry in lexicon.Entries)
                {
                    _exact.Add(entry);
                    _upper.Add(entry);
                    if (entry == entry.ToLowerInvariant()) _anyCase.Add(entry);
                }
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
#if NET9_0_OR_GREATER
            // Looked up as a span: no string per candidate abbreviation.
            if (Exact.Contains(word) || AnyCase.Contains(word)) return true;
#else
            var s = word.ToString();
            if (_exact.Contains(s) || _anyCase.Contains(s)) return true;
#endif
            bool allUpper = true;
            foreach (char c in word) if (char.IsLower(c)) { allUpper = false; break; }
#if NET9_0_OR_GREATER
            return allUpper && Upper.Contains(word);
#else
            return allUpper && _upper.Contains(s);
#endif
        }
    }
}
