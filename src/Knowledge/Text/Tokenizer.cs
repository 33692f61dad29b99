using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        _web = new WebAddresses(lexicons.Text.TopLevelDomains);
    }

    private readonly AbbreviationSet _abbreviations;
    private readonly WebAddresses _web;

    /// <inheritdoc />
    public string Name => "tokenizer";

    /// <inheritdoc />
    public Doc Process(Doc doc)
    {
        // One list per thread, cleared and reused: a document's tokens are copied out once, into an array of their count
        // that is not zeroed first (every element is written by the copy), instead of into arrays that double as they grow.
        var tokens = _buffer ??= [];
        tokens.Clear();
        foreach (var block in doc.Blocks) Tokenize(doc.Text, block.Start, block.End, tokens);
        var result = GC.AllocateUninitializedArray<Token>(tokens.Count);
        CollectionsMarshal.AsSpan(tokens).CopyTo(result);
        if (tokens.Capacity > MaxKeptCapacity) _buffer = null;
        return doc with { Tokens = ImmutableCollectionsMarshal.AsImmutableArray(result) };
    }

    // The largest buffer a thread keeps between documents (tokens); a larger document's buffer is let go.
    private const int MaxKeptCapacity = 1 << 20;

    [ThreadStatic]
    private static List<Token>? _buffer;

    /// <summary>Tokenizes a range of text.</summary>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, 0, text.Length, tokens);
        return ImmutableArray.CreateRange(tokens);
    }

    private void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        int i = start;
        bool singleOpen = false;
        int nextAt = -1;
        while (i < end)
        {
            if (CharClass.IsSpaceOrControl(text[i]))
            {
                i++;
                continue;
            }
            // The next '@' of the block at or after i: an e-mail address needs one within its first 64 characters.
            if (nextAt < i) nextAt = text.IndexOf('@', i, end - i) is >= 0 and var at ? at : int.MaxValue;
            // Most tokens are plain ASCII words: read here, in one loop, what Next would read through its calls.
            if (PlainAsciiWordEnd(text, i, end, nextAt) is >= 0 and var wordEnd)
            {
                tokens.Add(new Token(i, wordEnd, TokenKind.Word) { SpaceAfter = wordEnd < end && CharClass.IsSpaceOrControl(text[wordEnd]) });
                i = wordEnd;
                continue;
            }
            var (len, kind) = Next(text, i, end, singleOpen, nextAt);
            if (len <= 0) len = i + 1 < end && char.IsSurrogatePair(text[i], text[i + 1]) ? 2 : 1;
            len = Math.Min(len, end - i);
            if (text[i] is '\'' or '‘' or '’')
            {
                if (kind == TokenKind.OpenQuote) singleOpen = true;
                else if (kind == TokenKind.CloseQuote) singleOpen = false;
            }
            i += len;
            // A token of the block is followed by white space when the character after it (inside the block) separates
            // tokens: set as the token is added, rather than read back and rewritten when the loop meets that space.
            tokens.Add(new Token(i - len, i, kind) { SpaceAfter = i < end && CharClass.IsSpaceOrControl(text[i]) });
        }
    }

    /// <summary>
    /// The token at <paramref name="i"/>: its length and kind. <paramref name="nextAt"/> is where the next '@' is
    /// (<see cref="int.MaxValue"/> for none).
    /// </summary>
    internal (int Length, TokenKind Kind) Next(string t, int i, int end, bool singleOpen, int nextAt)
    {
        char c = t[i];
        // ASCII letters open most tokens: one that cannot open a URL opens a word or an e-mail address, which is what
        // the dozen tests of the full chain conclude for it (the specs compare the two at every position of their texts).
        if (CharClass.IsAsciiLetter(c) && c is not ('h' or 'H' or 'w' or 'W'))
        {
            return nextAt - i < 64 && WebAddresses.EmailLength(t, i, end) is > 0 and var emailLength
                ? (emailLength, TokenKind.Email)
                : Word(t, i, end);
        }
        return NextOfAnyCharacter(t, i, end, singleOpen, nextAt);
    }

    /// <summary>
    /// The end of the plain ASCII word at <paramref name="i"/>, or -1 when the token there is another: a run of ASCII
    /// letters and digits that opens with a letter, opens no URL, has no '@' within 64 characters (no e-mail address can
    /// start there: <paramref name="nextAt"/> is where the next one is), and ends at the block's end, white space, a control
    /// character or ASCII punctuation that neither continues a word nor makes it an abbreviation, a domain or a dotted
    /// form (not '.', '-', an apostrophe or '&amp;'). There <see cref="Next"/> reads a word of exactly that run; the specs
    /// compare the two at every position of their texts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int PlainAsciiWordEnd(string t, int i, int end, int nextAt)
    {
        char c = t[i];
        if (!CharClass.IsAsciiLetter(c) || nextAt - i < 64 || c is 'h' or 'H' or 'w' or 'W' && WebAddresses.StartsUrl(t, i, end)) return -1;
        int j = i + 1;
        while (j < end && CharClass.IsAsciiLetterOrDigit(t[j])) j++;
        return j < end && (t[j] >= 128 || t[j] is '.' or '-' or '\'' or '&') ? -1 : j;
    }

    /// <summary>The token at <paramref name="i"/> through the full chain of tests, for any character.</summary>
    internal (int Length, TokenKind Kind) NextOfAnyCharacter(string t, int i, int end, bool singleOpen, int nextAt)
    {
        char c = t[i];
        if (c is 'h' or 'H' or 'w' or 'W' && WebAddresses.StartsUrl(t, i, end)) return (WebAddresses.UrlLength(t, i, end), TokenKind.Url);
        if (c is '#' or '@' && i + 1 < end && CharClass.IsLetter(t[i + 1]) && (i == 0 || !CharClass.IsLetterOrDigit(t[i - 1])))
        {
            int j = i + 1;
            while (j < end && (CharClass.IsLetterOrDigit(t[j]) || t[j] == '_')) j++;
            return (j - i, TokenKind.Hashtag);
        }
        if (nextAt - i < 64 && CharClass.IsLetterOrDigit(c) && WebAddresses.EmailLength(t, i, end) is > 0 and var emailLength) return (emailLength, TokenKind.Email);
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
            if ((c is '’' or '\'') && CharacterScans.IsPossessiveAt(t, i, end, out int plen)) return (plen, TokenKind.Possessive);
            if ((c is '’' or '\'') && !singleOpen && CharacterScans.IsPluralPossessiveAt(t, i, end)) return (1, TokenKind.Possessive);
            bool open = c == '‘' || i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] is '(' or '[' or '“' or '"' or '—' or '–';
            return (1, open ? TokenKind.OpenQuote : TokenKind.CloseQuote);
        }
        if (CharClass.IsDigit(c)) return Number(t, i, end);
        if (CharClass.IsLetter(c)) return Word(t, i, end);
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(t[i + 1]))
        {
            return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, t[i + 1])))
                ? Word(t, i, end) : (CharacterScans.SymbolCluster(t, i, end), TokenKind.Symbol);
        }
        if (c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟')
        {
            int j = i + 1;
            while (j < end && t[j] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟') j++;
            return (j - i, TokenKind.Terminal);
        }
        if (c is '%' or '&' or '‰' or '#' or '@' or '*' or '§' or '°') return (1, TokenKind.Symbol);
        var cat = char.GetUnicodeCategory(c);
        if (cat is UnicodeCategory.OtherSymbol) return (CharacterScans.SymbolCluster(t, i, end), TokenKind.Symbol);
        return cat is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            ? (1, TokenKind.Symbol) : (1, TokenKind.Punctuation);
    }

    private static bool IsWordCategory(UnicodeCategory cat) => cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private (int, TokenKind) Number(string t, int i, int end)
    {
        int j = i;
        while (j < end && CharClass.IsDigit(t[j])) j++;
        int digits = j - i;
        // ISO date 2023-09-07 and slashed dates 9/7/2023.
        if (digits == 4 && j + 5 < end && t[j] == '-' && CharacterScans.IsDigits(t, j + 1, 2, end) && j + 3 < end && t[j + 3] == '-' && CharacterScans.IsDigits(t, j + 4, 2, end)
            && (j + 6 >= end || !CharClass.IsDigit(t[j + 6])))
            return (10, TokenKind.Date);
        if (digits <= 2 && j < end && t[j] == '/' && CharacterScans.CountDigits(t, j + 1, end) is 1 or 2)
        {
            int k = j + 1 + CharacterScans.CountDigits(t, j + 1, end);
            if (k < end && t[k] == '/' && CharacterScans.CountDigits(t, k + 1, end) is 2 or 4)
                return (k + 1 + CharacterScans.CountDigits(t, k + 1, end) - i, TokenKind.Date);
        }
        // Separators inside numbers: 1,181 and 3.5
        while (j + 1 < end && t[j] is ',' or '.' && CharClass.IsDigit(t[j + 1]))
        {
            j++;
            while (j < end && CharClass.IsDigit(t[j])) j++;
        }
        // Section references: 4(h), 12(a)(3)
        int k2 = j;
        while (k2 + 2 < end && t[k2] == '(')
        {
            int m = k2 + 1;
            while (m < end && m - k2 <= 4 && CharClass.IsLetterOrDigit(t[m])) m++;
            if (m < end && t[m] == ')' && m > k2 + 1) k2 = m + 1; else break;
        }
        if (k2 > j) return (k2 - i, TokenKind.SectionReference);
        // Ordinals: 1st, 22nd, 3rd, 15th
        if (j + 2 <= end && _lexicons.English.OrdinalSuffixes.Contains(t.AsSpan(j, Math.Min(2, end - j))) && (j + 2 == end || !CharClass.IsLetter(t[j + 2])))
            return (j + 2 - i, TokenKind.Number);
        // Hyphenated compounds that start with a number: 6-part, 15-year-old
        if (j + 1 < end && t[j] == '-' && CharClass.IsLetter(t[j + 1]))
        {
            var (len, _) = Word(t, j + 1, end);
            return (j + 1 + len - i, TokenKind.Word);
        }
        return (j - i, TokenKind.Number);
    }

    private (int, TokenKind) Word(string t, int i, int end)
    {
        // Dotted abbreviations: R.A., U.S., H.R., e.g., i.e.
        int d = i;
        int letters = 0;
        while (d + 1 < end && CharClass.IsLetter(t[d]) && t[d + 1] == '.' && (d + 2 >= end || !CharClass.IsLetterOrDigit(t[d + 2]) || letters > 0 || (d + 3 < end && t[d + 3] == '.')))
        {
            letters++;
            d += 2;
        }
        if (letters >= 2) return (d - i, TokenKind.Abbreviation);

        int j = i;
        while (j < end)
        {
            j = CharClass.AsciiLetterOrDigitRunEnd(t, j, end);
            if (j >= end) break;
            char c = t[j];
            if (CharClass.IsWordCharacter(c))
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
            if (c is '\u200C' or '\u200D' && j > i && j + 1 < end && CharClass.IsLetter(t[j + 1])) { j++; continue; }
            // Inner hyphen or apostrophe followed by a letter keeps the word together (Anti-Overfishing, don't),
            // but not a possessive ending ('s).
            if (c is '-' or '‐' && j + 1 < end && CharClass.IsLetterOrDigit(t[j + 1])) { j++; continue; }
            if (c is '\'' or '’' && j + 1 < end && CharClass.IsLetter(t[j + 1]) && !CharacterScans.IsPossessiveAt(t, j, end, out _)) { j++; continue; }
            if (c == '&' && j + 1 < end && CharClass.IsUpper(t[j + 1]) && j > i && CharClass.IsUpper(t[j - 1])) { j++; continue; }
            break;
        }
        if (j < end && t[j] == '.')
        {
            // A bare domain: ijm.org, www-less news.example.co.uk.
            int domain = _web.DomainLength(t, i, end);
            if (domain > 0) return (domain, TokenKind.Url);
            // A dotted form in the lexicons: Ph.D., a.m., Lt.Col.
            int dotted = DottedLexiconLength(t, i, end);
            if (dotted > 0) return (dotted, TokenKind.Abbreviation);
            // Abbreviation with its period: a lexicon entry, a title, or a single capital (an initial).
            var word = t.AsSpan(i, j - i);
            bool initial = word.Length == 1 && CharClass.IsUpper(word[0]);
            bool numberAbbrev = _lexicons.English.NumberAbbreviations.Contains(word) && CharacterScans.NextNonSpaceIsDigit(t, j + 1, end);
            if (initial || numberAbbrev || _abbreviations.Contains(t.AsSpan(i, j + 1 - i)))
                return (j + 1 - i, TokenKind.Abbreviation);
        }
        return (j - i, TokenKind.Word);
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
                if (dots >= 2 && (k + 1 >= end || !CharClass.IsLetterOrDigit(t[k + 1])) && _abbreviations.Contains(t.AsSpan(i, k + 1 - i)))
                    best = k + 1 - i;
                if (k + 1 >= end || !CharClass.IsLetter(t[k + 1])) break;
            }
            else if (!CharClass.IsLetter(c)) break;
        }
        return best;
    }
}
