using System.Buffers;
using System.Globalization;

namespace Knowledge.Tests.Export;

/// <summary>
/// The Neo4j field writer as it was when it wrote characters to a <see cref="TextWriter"/> (a UTF-8 StreamWriter made
/// the file's bytes), kept verbatim as the reference the UTF-8 field writer is compared with.
/// </summary>
internal sealed class Neo4jCsvTextWriterReference
{
    private const char Delimiter = ',';
    private const char ArrayDelimiter = ';';
    private static readonly SearchValues<char> QuoteTriggers = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> ArrayQuoteTriggers = SearchValues.Create(",\"\r\n;");
    private static readonly SearchValues<char> FieldSpecials = SearchValues.Create(Specials(arrayItem: false));
    private static readonly SearchValues<char> ArraySpecials = SearchValues.Create(Specials(arrayItem: true));

    private readonly TextWriter _writer;
    private bool _rowStarted;

    public Neo4jCsvTextWriterReference(TextWriter writer) => _writer = writer;

    public void Field(ReadOnlySpan<char> value)
    {
        Separate();
        bool quote = value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            || value.IndexOfAny(QuoteTriggers) >= 0;
        if (quote) _writer.Write('"');
        WriteEscaped(value, FieldSpecials);
        if (quote) _writer.Write('"');
    }

    public void Int(long value)
    {
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out int n, provider: CultureInfo.InvariantCulture);
        Field(buffer[..n]);
    }

    public void Array(ReadOnlySpan<string> items)
    {
        Separate();
        int first = -1, last = -1;
        bool quote = false;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Length == 0) continue;
            if (first < 0) first = i;
            last = i;
            quote |= items[i].AsSpan().IndexOfAny(ArrayQuoteTriggers) >= 0;
        }
        if (first < 0) return;
        quote |= char.IsWhiteSpace(items[first][0]) || char.IsWhiteSpace(items[last][^1]);
        if (quote) _writer.Write('"');
        for (int i = first; i <= last; i++)
        {
            if (items[i].Length == 0) continue;
            if (i > first) _writer.Write(ArrayDelimiter);
            WriteEscaped(items[i], ArraySpecials);
        }
        if (quote) _writer.Write('"');
    }

    public void EndRow()
    {
        _writer.Write('\n');
        _rowStarted = false;
    }

    private void Separate()
    {
        if (_rowStarted) _writer.Write(Delimiter);
        _rowStarted = true;
    }

    private void WriteEscaped(ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        int at;
        while ((at = text.IndexOfAny(specials)) >= 0)
        {
            if (at > 0) _writer.Write(text[..at]);
            switch (text[at])
            {
                case '"': _writer.Write("\"\""); break;
                case ArrayDelimiter: _writer.Write(Delimiter); break;
            }
            text = text[(at + 1)..];
        }
        if (text.Length > 0) _writer.Write(text);
    }

    private static string Specials(bool arrayItem)
    {
        var chars = new List<char> { '"' };
        for (int c = 0; c <= 0x9F; c++)
            if (char.IsControl((char)c) && c is not ('\t' or '\r' or '\n')) chars.Add((char)c);
        if (arrayItem) chars.Add(ArrayDelimiter);
        return new string(chars.ToArray());
    }
}
