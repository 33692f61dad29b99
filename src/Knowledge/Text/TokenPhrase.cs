using Knowledge.Syntax;

namespace Knowledge.Text;

/// <summary>
/// The words of a run of tokens joined by single spaces — what <c>string.Join(' ', words)</c> gives — written into a
/// buffer instead of a new string, so rules that try the phrases of one, two, three… words at a token against a
/// lexicon (<see cref="Lexicons.Lexicon.Contains(ReadOnlySpan{char})"/>) allocate nothing. The phrase of the first
/// k words is a prefix of the phrase of more, so one join serves every length.
/// </summary>
internal static class TokenPhrase
{
    /// <summary>A buffer large enough for the phrases that fit on the stack; longer ones get an array.</summary>
    public const int StackLength = 256;

    /// <summary>The most characters the phrase of tokens [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) can take.</summary>
    public static int MaxLength(Doc doc, int start, int count)
    {
        int length = Math.Max(0, count - 1);
        for (int k = start; k < start + count; k++) length += doc.Tokens[k].Length;
        return length;
    }

    /// <summary>
    /// Writes the words of tokens [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>)
    /// into <paramref name="into"/>, separated by single spaces, each with its trailing full stops cut when
    /// <paramref name="trimDots"/> (<c>TrimEnd('.')</c>, so a word of dots leaves nothing between its spaces);
    /// <paramref name="ends"/>[k] is then the length of the phrase of the first k + 1 words.
    /// <paramref name="into"/> needs <see cref="MaxLength"/> characters and <paramref name="ends"/> <paramref name="count"/> places.
    /// </summary>
    public static void Join(Doc doc, int start, int count, bool trimDots, Span<char> into, Span<int> ends)
    {
        int at = 0;
        for (int k = 0; k < count; k++)
        {
            if (k > 0) into[at++] = ' ';
            var word = doc.SpanOf(doc.Tokens[start + k]);
            if (trimDots) word = word.TrimEnd('.');
            word.CopyTo(into[at..]);
            at += word.Length;
            ends[k] = at;
        }
    }
}
