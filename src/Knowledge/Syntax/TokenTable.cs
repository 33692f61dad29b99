using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Knowledge.Lexicons;

namespace Knowledge.Syntax;

/// <summary>
/// A document's tokens as the rules read them, built once after tokenizing (issue 18): for each token the bits of the word lists that hold that text (<see cref="TokenLexicons"/>), its case
/// shape (<see cref="TokenShape"/>); a token's lower-case form is written on demand into the caller's buffer. Rules
/// test bits and spans instead of copying a token's text (<c>TextOf</c>), lower-casing it and looking it up in list
/// after list. It holds one byte a token (two in a document of more than 256 pairs: an index into the document's
/// distinct pairs of list bits and shape), sized exactly: no copy of the text.
/// </summary>
/// <remarks>
/// Built lazily by <see cref="Of"/> (or <see cref="Doc.TokenTable"/>) and kept beside the document's text while it
/// lives, for the document's tokens and one <see cref="LexiconSet"/>: a later stage's copy of the document finds it
/// (as a view of its own), a document with other tokens or read with other lists gets a table of its own.
/// </remarks>
internal sealed partial class TokenTable
{
    // Each token's list bits and case shape, as an index into the document's distinct (bits, shape) pairs: a document's
    // tokens take a few hundred pairs at most, so an index stands for the five bytes of the bits and the shape (and the
    // eight of the whole lexeme, whose id no rule reads). Most documents take at most 256 pairs and keep one byte a token
    // (about 1.6 MB less at 100x than two); a document of more keeps two bytes a token; a document with more distinct
    // pairs than two bytes can number (none is so long) keeps each token's pair whole. At most one of the two is set.
    private readonly byte[]? _narrowIds;

    private readonly ushort[]? _wideIds;

    /// <summary>The distinct pairs, by index, when <see cref="_narrowIds"/> or <see cref="_wideIds"/> is set; else each token's own.</summary>
    private readonly TokenTraits[] _traits;

    /// <summary>The pairs met in the document being built, by their packed value, and in order: one of each a thread, reused.</summary>
    [ThreadStatic]
    private static Dictionary<ulong, ushort>? _distinct;

    [ThreadStatic]
    private static List<TokenTraits>? _distinctInOrder;

    /// <summary>The tables this thread has built: the number of the one being built marks the notes it leaves in the lexeme cache.</summary>
    [ThreadStatic]
    private static long _builds;

    /// <summary>
    /// A note beside a form in the thread's lexeme cache (<see cref="RecentLexemes.NoteAt"/>): the number of the build that
    /// wrote it from this bit on, the token's kind in the byte below, the pair's index in the low 16 bits.
    /// </summary>
    private const int NoteBuildShift = 24;

    private const int NoteKindShift = 16;

    private TokenTable(Doc doc, LexiconSet lexicons, int mostDistinct, int mostNarrow)
    {
        Doc = doc;
        Lexicons = lexicons;
        Tokens = doc.Tokens;
        var tokens = Tokens.AsSpan();
        // One byte a token until the document outgrows a byte's pairs; then the bytes written so far are widened once.
        byte[]? narrow = new byte[tokens.Length];
        ushort[]? wide = null;
        var distinct = _distinct ??= [];
        var inOrder = _distinctInOrder ??= [];
        distinct.Clear();
        inOrder.Clear();
        var recent = lexicons.Lexemes.Recent;
        long build = ++_builds;
        string text = doc.Text;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            ushort id;
            int slot = t.Length == 0 ? -1 : recent.IndexOf(text.AsSpan(t.Start, t.Length));
            // A form met before in this document as the same kind of token has the same bits and shape: the pair's index
            // kept beside the form in the thread's lexeme cache, without the shape tests and the pairs' dictionary.
            if (slot >= 0 && recent.NoteAt(slot) is long note && note >> NoteBuildShift == build && (TokenKind)(byte)(note >> NoteKindShift) == t.Kind)
                id = (ushort)note;
            else
            {
                // A form the cache does not hold is looked up in the shared table, which puts it in the cache (unless the
                // table does not keep it) and says in which slot, for the note below.
                var traits = slot >= 0 ? new TokenTraits(recent.LexemeAt(slot).Lexicons, ShapeOf(text, t))
                    : t.Length == 0 ? default
                    : new TokenTraits(lexicons.Lexemes.FindMissed(text.AsSpan(t.Start, t.Length), recent, out slot).Lexicons, ShapeOf(text, t));
                ulong key = (ulong)traits.Lexicons | (ulong)traits.Shape << MostLexiconBits;
                if (!distinct.TryGetValue(key, out id))
                {
                    if (inOrder.Count >= mostDistinct)
                    {
                        _traits = EachTokensTraits(doc.Text, tokens, lexicons);
                        return;
                    }
                    id = (ushort)inOrder.Count;
                    distinct.Add(key, id);
                    inOrder.Add(traits);
                    if (id >= mostNarrow && narrow is not null)
                    {
                        wide = Widened(narrow, i);
                        narrow = null;
                    }
                }
                if (slot >= 0) recent.NoteAt(slot) = build << NoteBuildShift | (long)(byte)t.Kind << NoteKindShift | id;
            }
            if (narrow is not null) narrow[i] = (byte)id;
            else wide![i] = id;
        }
        _narrowIds = narrow;
        _wideIds = wide;
        _traits = [.. inOrder];
        // The scratch lists keep the size of the largest document met; a document of more pairs than an index can number does not leave them behind.
        if (inOrder.Count > MostIndexed) (_distinct, _distinctInOrder) = (null, null);
    }

    /// <summary>The two-byte copy of the first <paramref name="written"/> one-byte indexes, as long as the one-byte array.</summary>
    private static ushort[] Widened(byte[] narrow, int written)
    {
        var wide = new ushort[narrow.Length];
        for (int i = 0; i < written; i++) wide[i] = narrow[i];
        return wide;
    }

    /// <summary>The list bits a token may have (<see cref="TokenLexicons"/>): the shape is packed above them in the key of a pair.</summary>
    internal const int MostLexiconBits = 56;

    /// <summary>The most distinct pairs a two-byte index can number.</summary>
    private const int MostIndexed = ushort.MaxValue + 1;

    /// <summary>The most distinct pairs a one-byte index can number.</summary>
    private const int MostNarrow = byte.MaxValue + 1;

    /// <summary>
    /// A table that numbers at most <paramref name="mostDistinct"/> distinct pairs before keeping each token's whole,
    /// with one byte a token for up to <paramref name="mostNarrow"/> of them (for specs of all three layouts).
    /// </summary>
    internal static TokenTable Build(Doc doc, LexiconSet lexicons, int mostDistinct, int mostNarrow = MostNarrow) =>
        new(doc, lexicons, Math.Min(mostDistinct, MostIndexed), Math.Min(mostNarrow, MostNarrow));

    /// <summary>The bytes of each token's index into the distinct pairs: 1 or 2, or 0 when each token keeps its pair whole.</summary>
    internal int IndexBytes => _narrowIds is not null ? sizeof(byte) : _wideIds is not null ? sizeof(ushort) : 0;

    private static TokenTraits[] EachTokensTraits(string text, ReadOnlySpan<Token> tokens, LexiconSet lexicons)
    {
        var traits = new TokenTraits[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) traits[i] = TraitsOf(text, tokens[i], lexicons);
        return traits;
    }

    private static TokenTraits TraitsOf(string text, Token t, LexiconSet lexicons) =>
        t.Length == 0 ? default : new TokenTraits(lexicons.Lexemes.Find(text.AsSpan(t.Start, t.Length)).Lexicons, ShapeOf(text, t));

    /// <summary>
    /// A token's list bits and case shape, packed in eight bytes (the shape above the <see cref="MostLexiconBits"/> list
    /// bits): a field each would take sixteen, and every document keeps an array of its distinct pairs.
    /// </summary>
    private readonly struct TokenTraits(TokenLexicons lexicons, TokenShape shape)
    {
        private readonly ulong _packed = (ulong)lexicons | (ulong)shape << MostLexiconBits;

        public TokenLexicons Lexicons => (TokenLexicons)(_packed & LexiconMask);

        public TokenShape Shape => (TokenShape)(_packed >> MostLexiconBits);
    }

    private const ulong LexiconMask = (1ul << MostLexiconBits) - 1;

    // The rules ask for a token's bits millions of times, from everywhere: NativeAOT called this and each accessor below.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenTraits Traits(int i) =>
        _narrowIds is { } narrow ? _traits[narrow[i]] : _wideIds is { } wide ? _traits[wide[i]] : _traits[i];

    /// <summary>The document the table was asked for (a view's copy of the document the data was built for).</summary>
    public Doc Doc { get; private set; }

    /// <summary>The lists the bits refer to.</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>The tokens, as <see cref="Syntax.Doc.Tokens"/>.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The number of tokens.</summary>
    public int Count => Tokens.Length;

    /// <summary>The interned id of token i's text (0 for a form too long to keep), looked up again: the table keeps only the bits.</summary>
    public int LexemeId(int i) => Tokens[i].Length == 0 ? 0 : Lexicons.Lexemes.Find(SpanOf(i)).Id;

    /// <summary>The lists that hold token i's text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TokenLexicons LexiconsOf(int i) => Traits(i).Lexicons;

    /// <summary>Whether a list (any of several bits) holds token i's text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int i, TokenLexicons lists) => (Traits(i).Lexicons & lists) != 0;

    /// <summary>Token i's case shape.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TokenShape Shape(int i) => Traits(i).Shape;

    /// <summary>Whether token i can be part of a name (<see cref="TokenShape.NameToken"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNameToken(int i) => (Traits(i).Shape & TokenShape.NameToken) != 0;

    /// <summary>Whether token i is an acronym (<see cref="TokenShape.Acronym"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsAcronym(int i) => (Traits(i).Shape & TokenShape.Acronym) != 0;

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
