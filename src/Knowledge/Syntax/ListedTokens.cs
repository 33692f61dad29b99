using System.Collections.Immutable;
using Knowledge.Lexicons;

namespace Knowledge.Syntax;

/// <summary>
/// A document's candidate positions for the rules that look for words of some lists (a trigger, a document noun, a
/// speech verb): for each set of lists asked for, the indexes of the tokens those lists hold, found by one pass over the
/// token table the first time and shared by every rule and sentence that asks again (<see cref="TokenTable.TokensWith(TokenLexicons)"/>).
/// </summary>
/// <remarks>
/// A table's views share one instance. Entries are added copy-on-write, so a reader never sees a half-built one; two threads
/// that ask for the same lists at once each find them, and one answer (the same) is kept.
/// </remarks>
internal sealed class ListedTokens
{
    private (TokenLexicons Lists, ImmutableArray<int> Tokens)[] _entries = [];

    /// <summary>The tokens found for <paramref name="lists"/>, or false when they have not been asked for yet.</summary>
    public bool TryGet(TokenLexicons lists, out ImmutableArray<int> tokens)
    {
        foreach (var entry in Volatile.Read(ref _entries))
        {
            if (entry.Lists != lists) continue;
            tokens = entry.Tokens;
            return true;
        }
        tokens = default;
        return false;
    }

    /// <summary>Keeps the tokens found for <paramref name="lists"/>, returned (or those another thread kept first).</summary>
    public ImmutableArray<int> Add(TokenLexicons lists, ImmutableArray<int> tokens)
    {
        while (true)
        {
            var entries = Volatile.Read(ref _entries);
            foreach (var entry in entries)
                if (entry.Lists == lists) return entry.Tokens;
            var grown = new (TokenLexicons, ImmutableArray<int>)[entries.Length + 1];
            entries.CopyTo(grown, 0);
            grown[^1] = (lists, tokens);
            if (Interlocked.CompareExchange(ref _entries, grown, entries) == entries) return tokens;
        }
    }

    /// <summary>Of <paramref name="tokens"/> (ascending), those from <paramref name="first"/> up to but not including <paramref name="end"/>.</summary>
    public static ReadOnlySpan<int> Within(ImmutableArray<int> tokens, int first, int end)
    {
        if (end <= first) return [];
        var all = tokens.AsSpan();
        int from = LowerBound(all, first), to = LowerBound(all, end);
        return all[from..to];
    }

    /// <summary>The index of the first item of <paramref name="sorted"/> at least <paramref name="value"/> (its length when none is).</summary>
    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
