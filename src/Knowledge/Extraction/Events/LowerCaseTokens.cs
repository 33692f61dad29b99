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
    private readonly ImmutableArray<Sentence> _sentences;
    // One bit a sentence: set once all its tokens' characters in _lower are lowered.
    private readonly ulong[] _sentencesLowered;

    public LowerCaseTokens(Doc doc)
    {
        _text = doc.Text;
        _tokens = doc.Tokens;
        _sentences = doc.Sentences;
        int sentenceWords = (_sentences.Length + 63) >> 6;
        _sentencesLowered = ArrayPool<ulong>.Shared.Rent(Math.Max(1, sentenceWords));
        Array.Clear(_sentencesLowered, 0, sentenceWords);
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

    /// <summary>
    /// Lowers the tokens of sentence <paramref name="index"/> at once, the first time it is asked: a sentence the rules read
    /// (one with a trigger or a year) reads many of its words, each then read in place by <see cref="Read"/>.
    /// </summary>
    public void LowerSentence(int index)
    {
        ref ulong word = ref _sentencesLowered[index >> 6];
        ulong bit = 1ul << (index & 63);
        if ((word & bit) != 0) return;
        word |= bit;
        var sentence = _sentences[index];
        if (sentence.EndToken > sentence.FirstToken) LowerAny(_tokens[sentence.FirstToken].Start, _tokens[sentence.EndToken - 1].End);
    }

    /// <summary>A token of a sentence lowered by <see cref="LowerSentence"/>, read in place.</summary>
    public ReadOnlySpan<char> Read(Token token) => _lower.AsSpan(token.Start, token.Length);

    /// <summary>Lowers text [start, end) into the buffer as lowering the whole text would.</summary>
    private void Lower(int start, int end)
    {
        // Most tokens are a few ASCII characters: lowered in a plain loop (on ASCII invariant lowering maps only A–Z),
        // cheaper for a short word than the vectorised calls; a token with any other character takes the general way.
        var word = _text.AsSpan(start, end - start);
        var into = _lower.AsSpan(start, end - start);
        int k = 0;
        for (; k < word.Length; k++)
        {
            char c = word[k];
            if (c >= '\x80') break;
            into[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }
        if (k < word.Length) LowerAny(start, end);
    }

    /// <summary>Lowers text [start, end) into the buffer as lowering the whole text would.</summary>
    private void LowerAny(int start, int end)
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
        ArrayPool<ulong>.Shared.Return(_sentencesLowered);
    }
}
