using System.Collections.Immutable;
using System.Globalization;
using Knowledge.Pipeline;

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
    private readonly Lexicons _lexicons;

    /// <summary>Creates a tokenizer over the given lexicons.</summary>
    public Tokenizer(Lexicons lexicons) => _lexicons = lexicons;

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
            var (len, kind) = Next(text, i, end);
            if (len <= 0) len = char.IsSurrogatePair(text, i) && i + 1 < end ? 2 : 1;
            tokens.Add(new Token(i, i + len, kind));
            i += len;
        }
    }

    private (int Length, TokenKind Kind) Next(string t, int i, int end)
    {
        char c = t[i];
        if (StartsUrl(t, i, end)) return (UrlLength(t, i, end), TokenKind.Url);
        if (c is '#' or '@' && i + 1 < end && char.IsLetter(t[i + 1]) && (i == 0 || !char.IsLetterOrDigit(t[i - 1])))
        {
            int j = i + 1;
            while (j < end && (char.IsLetterOrDigit(t[j]) || t[j] == '_')) j++;
            return (j - i, TokenKind.Hashtag);
        }
        if (c is '“' or '«' or '„') return (1, TokenKind.OpenQuote);
        if (c is '”' or '»') return (1, TokenKind.CloseQuote);
        if (c == '"')
        {
            bool open = i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] is '(' or '[' or '—' or '–' or '>';
            return (1, open ? TokenKind.OpenQuote : TokenKind.CloseQuote);
        }
        if (c is '‘' or '’' or '\'')
        {
            if ((c is '’' or '\'') && IsPossessiveAt(t, i, end, out int plen)) return (plen, TokenKind.Possessive);
            bool open = c == '‘' || i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] is '(' or '[';
            return (1, open ? TokenKind.OpenQuote : TokenKind.CloseQuote);
        }
        if (char.IsDigit(c)) return Number(t, i, end);
        if (char.IsLetter(c) || char.IsSurrogate(c)) return Word(t, i, end);
        if (c is '.' or '!' or '?' or '…')
        {
            int j = i + 1;
            while (j < end && t[j] is '.' or '!' or '?' or '…') j++;
            return (j - i, TokenKind.Terminal);
        }
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol
            ? (1, TokenKind.Symbol) : (1, TokenKind.Punctuation);
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

    private (int, TokenKind) Number(string t, int i, int end)
    {
        int j = i;
        while (j < end && char.IsDigit(t[j])) j++;
        int digits = j - i;
        // ISO date 2023-09-07 and slashed dates 9/7/2023.
        if (digits == 4 && j + 5 < end && t[j] == '-' && IsDigits(t, j + 1, 2, end) && j + 3 < end && t[j + 3] == '-' && IsDigits(t, j + 4, 2, end))
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
        while (k2 + 2 < end && t[k2] == '(' )
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
            if (char.IsSurrogatePair(t, j)) { j += 2; continue; }
            // Inner hyphen or apostrophe followed by a letter keeps the word together (Anti-OSAEC, don't),
            // but not a possessive ending ('s).
            if (c is '-' or '‐' && j + 1 < end && char.IsLetterOrDigit(t[j + 1])) { j++; continue; }
            if (c is '\'' or '’' && j + 1 < end && char.IsLetter(t[j + 1]) && !IsPossessiveAt(t, j, end, out _)) { j++; continue; }
            if (c == '&' && j + 1 < end && char.IsUpper(t[j + 1]) && j > i && char.IsUpper(t[j - 1])) { j++; continue; }
            break;
        }
        // Abbreviation with its period: a lexicon entry, a title, or a single capital (an initial).
        if (j < end && t[j] == '.')
        {
            var word = t.AsSpan(i, j - i);
            string withDot = string.Concat(word, ".");
            bool initial = word.Length == 1 && char.IsUpper(word[0]);
            bool numberAbbrev = (word.Equals("No", StringComparison.OrdinalIgnoreCase) || word.Equals("Nos", StringComparison.OrdinalIgnoreCase))
                && NextNonSpaceIsDigit(t, j + 1, end);
            if (initial || numberAbbrev || _lexicons.Abbreviations.Contains(withDot) || _lexicons.TitleAbbreviations.Contains(withDot))
                return (j + 1 - i, TokenKind.Abbreviation);
        }
        return (j - i, TokenKind.Word);
    }

    private static bool NextNonSpaceIsDigit(string t, int from, int end)
    {
        while (from < end && t[from] == ' ') from++;
        return from < end && char.IsDigit(t[from]);
    }
}
