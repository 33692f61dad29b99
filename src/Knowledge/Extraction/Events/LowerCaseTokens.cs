using System.Collections.Immutable;
using System.Buffers;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Events;

/// <summary>
/// A document's tokens lower-cased on demand (invariant culture, as <see cref="string.ToLowerInvariant()"/> lowers
/// the whole text), each token lowered the first time it is read: only the trigger openers and the sentences with a
/// trigger or a year are read, so lowering the whole text of every document did mostly wasted work. The buffers come
/// from the shared array pools; give them back with <see cref="Dispose"/>. One instance serves one document on one thread.
/// </summary>
internal sealed class LowerCaseTokens : IDisposable
{
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly char[] _lower;
    // One bit a token: set once the token's characters in _lower are lowered.
    private readonly ulong[] _lowered;

    public LowerCaseTokens(Doc doc)
    {
        _text = doc.Text;
        _tokens = doc.Tokens;
        _lower = ArrayPool<char>.Shared.Rent(Math.Max(1, _text.Length));
        int words = (_tokens.Length + 63) >> 6;
        _lowered = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words));
        Array.Clear(_lowered, 0, words);
    }

    /// <summary>Token <paramref name="i"/>'s text in lower case, read in place.</summary>
    public ReadOnlySpan<char> Of(int i)
    {
        var t = _tokens[i];
        ref ulong word = ref _lowered[i >> 6];
        ulong bit = 1ul << (i & 63);
        if ((word & bit) == 0)
        {
            Lower(t.Start, t.End);
            word |= bit;
        }
        return _lower.AsSpan(t.Start, t.Length);
    }

    /// <summary>Lowers text [start, end) into the buffer as lowering the whole text would.</summary>
    private void Lower(int start, int end)
    {
        var text = _text.AsSpan();
        // Invariant lowering maps each character or surrogate pair on its own: a pair the range would cut is
        // lowered whole, so the range gets the characters the whole text's lowering gives it.
        if (start > 0 && start < end && char.IsLowSurrogate(text[start]) && char.IsHighSurrogate(text[start - 1])) start--;
        if (end < text.Length && end > start && char.IsHighSurrogate(text[end - 1]) && char.IsLowSurrogate(text[end])) end++;
        Lower(text[start..end], _lower.AsSpan(start, end - start));
    }

    /// <summary>
    /// Lowers <paramref name="text"/> into <paramref name="lower"/>: ASCII runs by the vectorised Ascii.ToLower, each run of
    /// other characters by ToLowerInvariant. On ASCII invariant lowering is Ascii.ToLower, and the runs cut no surrogate pair.
    /// </summary>
    internal static void Lower(ReadOnlySpan<char> text, Span<char> lower)
    {
        int done = 0;
        while (done < text.Length)
        {
            _ = System.Text.Ascii.ToLower(text[done..], lower[done..], out int ascii);
            done += ascii;
            if (done == text.Length) break;
            int other = text[done..].IndexOfAnyInRange('\0', '\x7F');
            if (other < 0) other = text.Length - done;
            text.Slice(done, other).ToLowerInvariant(lower.Slice(done, other));
            done += other;
        }
    }

    /// <summary>Gives the buffers back to the pools.</summary>
    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_lower);
        ArrayPool<ulong>.Shared.Return(_lowered);
    }
}
