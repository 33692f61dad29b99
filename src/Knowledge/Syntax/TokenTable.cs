using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Knowledge.Lexicons;

namespace Knowledge.Syntax;

/// <summary>
/// A document's tokens as the rules read them, built once after tokenizing (issue 18): for each token the bits of the word lists that hold that text (<see cref="TokenLexicons"/>), its case
/// shape (<see cref="TokenShape"/>); a token's lower-case form is written on demand into the caller's buffer. Rules
/// test bits and spans instead of copying a token's text (<c>TextOf</c>), lower-casing it and looking it up in list
/// after list. It holds five bytes a token (the 4-byte list bits and a shape), sized exactly: no copy of the text.
/// </summary>
/// <remarks>
/// Built lazily by <see cref="Of"/> (or <see cref="Doc.TokenTable"/>) and kept beside the document while it lives, for
/// the document's tokens and one <see cref="LexiconSet"/>: a document with other tokens or read with other lists gets
/// a table of its own.
/// </remarks>
internal sealed class TokenTable
{
    private static readonly ConditionalWeakTable<Doc, TokenTable> Tables = new();

    // The bits only, not the whole lexeme: the rules ask for the bits of every token and for the lexeme id of none, and
    // the id would double the table (8 bytes a token, ~6.5 MB at 100x).
    private readonly TokenLexicons[] _lexicons;
    private readonly TokenShape[] _shapes;

    private TokenTable(Doc doc, LexiconSet lexicons)
    {
        Doc = doc;
        Lexicons = lexicons;
        Tokens = doc.Tokens;
        var text = doc.Text;
        var lexemes = lexicons.Lexemes;
        var tokens = Tokens.AsSpan();
        _lexicons = new TokenLexicons[tokens.Length];
        _shapes = new TokenShape[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Length == 0) continue;
            _lexicons[i] = lexemes.Find(text.AsSpan(t.Start, t.Length)).Lexicons;
            _shapes[i] = ShapeOf(text, t);
        }
    }

    /// <summary>The document the table was built for.</summary>
    public Doc Doc { get; }

    /// <summary>The lists the bits refer to.</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>The tokens, as <see cref="Syntax.Doc.Tokens"/>.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The number of tokens.</summary>
    public int Count => _lexicons.Length;

    /// <summary>The table of a document's tokens read with some lists, built on first use and kept while the document lives.</summary>
    public static TokenTable Of(Doc doc, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(lexicons);
        if (_last is { } last && ReferenceEquals(last.Doc, doc) && last.Fits(doc, lexicons)) return last;
        if (!Tables.TryGetValue(doc, out var table) || !table.Fits(doc, lexicons))
        {
            table = new TokenTable(doc, lexicons);
            Tables.AddOrUpdate(doc, table);
        }
        _last = table;
        return table;
    }

    /// <summary>
    /// The table this thread asked for last: the rules ask for a document's table again and again (once a token in
    /// places), and a <see cref="ConditionalWeakTable{TKey, TValue}"/> lookup each time was ~10 % of the entity stage's
    /// CPU. It keeps the last document of each thread alive until the thread's next.
    /// </summary>
    [ThreadStatic]
    private static TokenTable? _last;

    /// <summary>Whether the table was built for this document's tokens and these lists.</summary>
    private bool Fits(Doc doc, LexiconSet lexicons) => Lexicons == lexicons && Tokens == doc.Tokens;

    /// <summary>
    /// The lists that hold token i's text: from the document's table when one was built for these lists, else from the
    /// lexeme table directly — a rule that asks of a single token now and then need not build a table for a document
    /// (a later stage's copy of it) that has none.
    /// </summary>
    public static TokenLexicons LexiconsOf(Doc doc, LexiconSet lexicons, int i)
    {
        if (_last is { } last && ReferenceEquals(last.Doc, doc) && last.Fits(doc, lexicons)) return last.LexiconsOf(i);
        if (Tables.TryGetValue(doc, out var table) && table.Fits(doc, lexicons)) return table.LexiconsOf(i);
        var t = doc.Tokens[i];
        return t.Length == 0 ? TokenLexicons.None : lexicons.Lexemes.Find(doc.Text.AsSpan(t.Start, t.Length)).Lexicons;
    }

    /// <summary>The interned id of token i's text (0 for a form too long to keep), looked up again: the table keeps only the bits.</summary>
    public int LexemeId(int i) => Tokens[i].Length == 0 ? 0 : Lexicons.Lexemes.Find(SpanOf(i)).Id;

    /// <summary>The lists that hold token i's text.</summary>
    public TokenLexicons LexiconsOf(int i) => _lexicons[i];

    /// <summary>Whether a list (any of several bits) holds token i's text.</summary>
    public bool Has(int i, TokenLexicons lists) => (_lexicons[i] & lists) != 0;

    /// <summary>Token i's case shape.</summary>
    public TokenShape Shape(int i) => _shapes[i];

    /// <summary>Whether token i can be part of a name (<see cref="TokenShape.NameToken"/>).</summary>
    public bool IsNameToken(int i) => (_shapes[i] & TokenShape.NameToken) != 0;

    /// <summary>Whether token i is an acronym (<see cref="TokenShape.Acronym"/>).</summary>
    public bool IsAcronym(int i) => (_shapes[i] & TokenShape.Acronym) != 0;

    /// <summary>Token i's text, without copying it.</summary>
    public ReadOnlySpan<char> SpanOf(int i) => Doc.Text.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>
    /// Token i's text in lower case (<c>ToLowerInvariant</c>), written into <paramref name="buffer"/> when it fits
    /// (the returned span) or copied to a new string when it does not: the same length as the token's text.
    /// </summary>
    public ReadOnlySpan<char> LowerOf(int i, Span<char> buffer)
    {
        var word = SpanOf(i);
        if (word.Length > buffer.Length) return word.ToString().ToLowerInvariant();
        word.ToLowerInvariant(buffer);
        return buffer[..word.Length];
    }

    /// <summary>Whether token i's text is exactly one character, <paramref name="c"/>.</summary>
    public bool Is(int i, char c)
    {
        var t = Tokens[i];
        return t.Length == 1 && Doc.Text[t.Start] == c;
    }

    private static TokenShape ShapeOf(string text, Token t)
    {
        var shape = TokenShape.None;
        char c = text[t.Start];
        if (char.IsUpper(c)) shape |= TokenShape.StartsUpper;
        else if (char.IsLower(c)) shape |= TokenShape.StartsLower;
        if (t.Kind == TokenKind.Word)
        {
            if ((shape & TokenShape.StartsUpper) != 0 || t.Length > 2 && (shape & TokenShape.StartsLower) != 0 && char.IsUpper(text[t.Start + 1]))
                shape |= TokenShape.NameToken;
            if (t.Length >= 2 && IsAllCaps(text.AsSpan(t.Start, t.Length))) shape |= TokenShape.Acronym;
        }
        else if (t.Kind == TokenKind.Abbreviation && (shape & TokenShape.StartsUpper) != 0) shape |= TokenShape.NameToken;
        return shape;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        int upper = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) return false;
        }
        return upper >= 2;
    }
}
