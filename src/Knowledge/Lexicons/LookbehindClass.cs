using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Knowledge.Lexicons;

/// <summary>
/// The characters of a citation pattern's leading look-behind class (<c>[\w.]</c> of <c>(?&lt;![\w.])</c>), as the
/// regular-expression engine reads them, and whether a text holds a long run of them. A pattern run without its
/// look-behind (<see cref="CitationScanner"/>) is also tried inside such runs, where the look-behind would have failed at
/// once; when it opens with a repeated class the run holds ("[A-Z][A-Za-z]+"), each try reads to the run's end, so a run
/// of L characters costs L²/2 steps. Below <see cref="LongRun"/> characters that is a bounded cost per character; a text
/// with a longer run is scanned with the look-behind kept.
/// </summary>
internal sealed class LookbehindClass
{
    /// <summary>The shortest run of the class's characters that makes a text be scanned with the look-behind kept.</summary>
    public const int LongRun = 64;

    // One instance a class, shared by the patterns that open with it (every pack pattern opens with [\w.]).
    private static readonly ConcurrentDictionary<(string Inner, RegexOptions Options), LookbehindClass> ByClass = new();

    private readonly Regex _single;

    // Per UTF-16 code unit: 0 not yet asked, 1 in the class, 2 not. Filled on demand, since a text holds few distinct
    // characters; two threads asking at once write the same value.
    private readonly byte[] _members = new byte[char.MaxValue + 1];

    // The last text asked about on this thread, and its answer: the patterns sharing the class ask in turn of one text.
    // The text is held weakly (one handle a thread, retargeted), so a document's text is not kept alive by the cache.
    [ThreadStatic] private static LookbehindClass? t_lastClass;
    [ThreadStatic] private static WeakReference<string>? t_lastText;
    [ThreadStatic] private static bool t_lastAnswer;

    // The class's ASCII members, for a vectorised search of a block (HasLongRun).
    private readonly SearchValues<char> _asciiMembers;

    // The width of the aligned blocks HasLongRun looks at: any run of LongRun characters covers one of them whole.
    private const int Block = LongRun / 2;

    private LookbehindClass(string inner, RegexOptions options, TimeSpan timeout)
    {
        _single = new Regex(@"\A[" + inner + @"]\z", options, timeout);
        var ascii = new List<char>();
        for (char c = '\0'; c < 128; c++)
            if (Contains(c)) ascii.Add(c);
        _asciiMembers = SearchValues.Create(ascii.ToArray());
    }

    /// <summary>The class of a look-behind's inner text (<c>\w.</c>) read with a pattern's options.</summary>
    public static LookbehindClass Of(string inner, RegexOptions options, TimeSpan timeout) =>
        ByClass.GetOrAdd((inner, options), key => new LookbehindClass(key.Inner, key.Options, timeout));

    /// <summary>Whether the class holds a character, as the pattern's look-behind would test it.</summary>
    public bool Contains(char c)
    {
        byte known = _members[c];
        if (known == 0)
        {
            known = _single.IsMatch(new ReadOnlySpan<char>(in c)) ? (byte)1 : (byte)2;
            _members[c] = known;
        }
        return known == 1;
    }

    /// <summary>Whether the text holds a run of at least <see cref="LongRun"/> of the class's characters.</summary>
    public bool HasLongRun(string text)
    {
        var last = t_lastText ??= new WeakReference<string>("");
        if (ReferenceEquals(t_lastClass, this) && last.TryGetTarget(out var lastText) && ReferenceEquals(lastText, text)) return t_lastAnswer;
        bool answer = LongRunIn(text);
        t_lastClass = this;
        last.SetTarget(text);
        t_lastAnswer = answer;
        return answer;
    }

    /// <summary>
    /// Whether the text holds a run of <see cref="LongRun"/> members. Such a run covers a whole aligned block of
    /// <see cref="Block"/> characters, so only the blocks are searched (vectorised; in prose a space ends each search
    /// within a word), and only around a block of members alone are the characters read one by one, to the run's ends:
    /// a walk over every character was 1.7% of a 100x run.
    /// </summary>
    private bool LongRunIn(ReadOnlySpan<char> text)
    {
        for (int block = 0; block + Block <= text.Length; block += Block)
        {
            if (!AllMembers(text.Slice(block, Block))) continue;
            int start = block;
            while (start > 0 && Contains(text[start - 1])) start--;
            int end = block + Block;
            while (end < text.Length && Contains(text[end])) end++;
            if (end - start >= LongRun) return true;
            // No run through this block is long enough, and the block holding the run's end (a non-member) cannot be
            // all members: go on with the block after it.
            block = end / Block * Block;
        }
        return false;
    }

    // Whether every character of the block is a member: the ASCII ones by a vectorised search, any other one by Contains.
    private bool AllMembers(ReadOnlySpan<char> block)
    {
        for (int at = 0; at < block.Length; at++)
        {
            int other = block[at..].IndexOfAnyExcept(_asciiMembers);
            if (other < 0) return true;
            at += other;
            if (block[at] < 128 || !Contains(block[at])) return false;
        }
        return true;
    }
}
