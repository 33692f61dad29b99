namespace Knowledge.Ingestion;

/// <summary>Splits text into line ranges at LF, CRLF or a lone CR, without copying it.</summary>
internal static class TextLines
{
    /// <summary>Line ranges of <paramref name="text"/> (line breaks excluded), in order.</summary>
    public static IEnumerable<(int Start, int End)> Ranges(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            int next = text.AsSpan(i).IndexOfAny('\r', '\n');
            i = next < 0 ? text.Length : i + next;
            int end = i;
            if (i < text.Length && text[i] == '\r') i++;
            if (i < text.Length && text[i] == '\n') i++;
            yield return (start, end);
        }
    }
}
