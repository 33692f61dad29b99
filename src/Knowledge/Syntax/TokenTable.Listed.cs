using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Knowledge.Lexicons;

namespace Knowledge.Syntax;

internal sealed partial class TokenTable
{
    /// <summary>
    /// The lists the rules read whole documents or sentences for (<see cref="TokensWith(TokenLexicons)"/>): an event's
    /// trigger, a proposed law's noun, a document noun, a source-after phrase's opener, a speech verb or gerund. The first
    /// request for any of them finds the tokens of all of them, in one pass (issue 18, item 3: one trigger scan).
    /// </summary>
    internal static readonly ImmutableArray<TokenLexicons> ScannedLists =
    [
        TokenLexicons.TriggerOpener,
        TokenLexicons.ProposedLawNoun,
        TokenLexicons.DocumentNoun,
        TokenLexicons.SourceAfterOpener,
        TokenLexicons.SpeechVerb | TokenLexicons.SpeechGerund,
    ];

    // The tokens found for each set of lists the rules asked for; the table's views share it (a view is a shallow copy).
    private readonly ListedTokens _listed = new();

    [ThreadStatic]
    private static List<int>[]? _found;

    /// <summary>
    /// The indexes of the tokens that any of <paramref name="lists"/> holds, ascending: the candidate positions of a rule
    /// that looks for those words. A pass over the table finds them the first time they are asked for (a test of each
    /// distinct pair of bits and shape, then one look-up a token; one pass for all of <see cref="ScannedLists"/>); every
    /// later rule or sentence that looks for the same words reads them instead of walking every token and testing its bits.
    /// </summary>
    public ImmutableArray<int> TokensWith(TokenLexicons lists)
    {
        if (_listed.TryGet(lists, out var tokens)) return tokens;
        int scanned = ScannedLists.IndexOf(lists);
        if (scanned < 0) return _listed.Add(lists, Find([lists])[0]);
        var all = Find(ScannedLists.AsSpan());
        for (int k = 0; k < all.Length; k++)
        {
            var kept = _listed.Add(ScannedLists[k], all[k]);
            if (k == scanned) tokens = kept;
        }
        return tokens;
    }

    /// <summary>Of <see cref="TokensWith(TokenLexicons)"/>, the tokens from <paramref name="first"/> up to but not including <paramref name="end"/>.</summary>
    public ReadOnlySpan<int> TokensWith(TokenLexicons lists, int first, int end) => ListedTokens.Within(TokensWith(lists), first, end);

    /// <summary>For each of (at most eight) sets of lists, the tokens that any list of the set holds, in one pass.</summary>
    private ImmutableArray<int>[] Find(ReadOnlySpan<TokenLexicons> sets)
    {
        var found = _found ??= [[], [], [], [], [], [], [], []];
        if (sets.Length > found.Length) throw new ArgumentOutOfRangeException(nameof(sets), sets.Length, "At most eight sets of lists a pass.");
        for (int k = 0; k < sets.Length; k++) found[k].Clear();
        if (_narrowIds is not null || _wideIds is not null)
        {
            // Which sets each distinct pair is in, a bit a set: a document has a few hundred pairs at most.
            Span<byte> inSets = _traits.Length <= 1024 ? stackalloc byte[_traits.Length] : new byte[_traits.Length];
            for (int p = 0; p < _traits.Length; p++) inSets[p] = SetsOf(_traits[p].Lexicons, sets);
            if (_narrowIds is { } narrow)
            {
                for (int i = 0; i < narrow.Length; i++)
                    if (inSets[narrow[i]] is not 0 and var bits) AddTo(found, bits, i);
            }
            else
            {
                var wide = _wideIds!;
                for (int i = 0; i < wide.Length; i++)
                    if (inSets[wide[i]] is not 0 and var bits) AddTo(found, bits, i);
            }
        }
        else
        {
            for (int i = 0; i < _traits.Length; i++)
                if (SetsOf(_traits[i].Lexicons, sets) is not 0 and var bits) AddTo(found, bits, i);
        }
        var tokens = new ImmutableArray<int>[sets.Length];
        for (int k = 0; k < sets.Length; k++)
        {
            tokens[k] = ImmutableCollectionsMarshal.AsImmutableArray(CollectionsMarshal.AsSpan(found[k]).ToArray());
            // A scratch list keeps the size of the largest set found; a document with an exceptional number of matches does not leave it behind.
            if (found[k].Capacity > 1 << 16) found[k] = [];
        }
        return tokens;
    }

    private static byte SetsOf(TokenLexicons lexicons, ReadOnlySpan<TokenLexicons> sets)
    {
        int bits = 0;
        for (int k = 0; k < sets.Length; k++)
            if ((lexicons & sets[k]) != 0) bits |= 1 << k;
        return (byte)bits;
    }

    private static void AddTo(List<int>[] found, int bits, int token)
    {
        for (; bits != 0; bits &= bits - 1) found[System.Numerics.BitOperations.TrailingZeroCount(bits)].Add(token);
    }
}
