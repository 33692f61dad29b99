using Knowledge.Lexicons;

namespace Knowledge.Syntax;

/// <summary>
/// The list bits and case shapes of a document's tokens as a later stage reads them (<see cref="TokenTable.BitsOf"/>):
/// the token table built for an earlier copy of the document, shared without a view of its own (nothing allocated a
/// stage) and without its <see cref="TokenTable.Doc"/>, which is that earlier copy — its mentions are not the caller's.
/// </summary>
internal readonly struct TokenBits
{
    private readonly TokenTable _table;

    internal TokenBits(TokenTable table) => _table = table;

    /// <summary>The lists the bits refer to.</summary>
    public LexiconSet Lexicons => _table.Lexicons;

    /// <summary>The number of tokens.</summary>
    public int Count => _table.Count;

    /// <summary>The lists that hold token i's text.</summary>
    public TokenLexicons LexiconsOf(int i) => _table.LexiconsOf(i);

    /// <summary>Whether a list (any of several bits) holds token i's text.</summary>
    public bool Has(int i, TokenLexicons lists) => _table.Has(i, lists);

    /// <summary>Token i's case shape.</summary>
    public TokenShape Shape(int i) => _table.Shape(i);

    /// <summary>The indexes of the tokens that any of the lists holds, ascending (<see cref="TokenTable.TokensWith(TokenLexicons)"/>).</summary>
    public System.Collections.Immutable.ImmutableArray<int> TokensWith(TokenLexicons lists) => _table.TokensWith(lists);

    /// <summary>Of <see cref="TokensWith(TokenLexicons)"/>, the tokens from <paramref name="first"/> up to but not including <paramref name="end"/>.</summary>
    public ReadOnlySpan<int> TokensWith(TokenLexicons lists, int first, int end) => _table.TokensWith(lists, first, end);
}
