using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Knowledge.Export;

/// <summary>
/// Writes fields in the encoding of Neo4j's CSV import straight to a <see cref="TextWriter"/>: ',' between fields,
/// '"' quoting with doubled quotes, ';' inside arrays. No string is built per field or per character: text is
/// scanned with <see cref="SearchValues{T}"/> and written in runs between the characters that need care.
/// </summary>
internal sealed class Neo4jCsv
{
    /// <summary>The field delimiter (the import tool's default).</summary>
    public const char Delimiter = ',';

    /// <summary>The array delimiter (the import tool's default, <c>--array-delimiter=';'</c>).</summary>
    public const char ArrayDelimiter = ';';

    /// <summary>Characters that make a field quoted.</summary>
    private static readonly SearchValues<char> QuoteTriggers = SearchValues.Create(",\"\r\n");

    /// <summary>Characters that make an array item's field quoted: also ';', which the item carries as ','.</summary>
    private static readonly SearchValues<char> ArrayQuoteTriggers = SearchValues.Create(",\"\r\n;");

    /// <summary>Characters not written as they are in a field: dropped controls and the quote.</summary>
    private static readonly SearchValues<char> FieldSpecials = SearchValues.Create(Specials(arrayItem: false));

    /// <summary>Characters not written as they are in an array item: also ';'.</summary>
    private static readonly SearchValues<char> ArraySpecials = SearchValues.Create(Specials(arrayItem: true));

    private readonly TextWriter _writer;
    private readonly List<string> _items = [];
    private bool _rowStarted;

    /// <summary>A field writer on <paramref name="writer"/>.</summary>
    public Neo4jCsv(TextWriter writer) => _writer = writer;

    /// <summary>
    /// Writes a field: control characters other than tab and line breaks are dropped, and a field holding a
    /// delimiter, a quote, a line break or leading or trailing white space is quoted, with quotes doubled.
    /// </summary>
    public void Field(ReadOnlySpan<char> value)
    {
        Separate();
        bool quote = value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            || value.IndexOfAny(QuoteTriggers) >= 0;
        if (quote) _writer.Write('"');
        WriteEscaped(value, FieldSpecials);
        if (quote) _writer.Write('"');
    }

    /// <summary>A field written as it is (header names, which the writer makes safe).</summary>
    public void Raw(string value)
    {
        Separate();
        _writer.Write(value);
    }

    /// <summary>An integer field.</summary>
    public void Int(long value)
    {
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out int n, provider: CultureInfo.InvariantCulture);
        Field(buffer[..n]);
    }

    /// <summary>A double field as Java's Double.parseDouble reads it: shortest round-trip form, NaN, Infinity, -Infinity.</summary>
    public void Double(double d)
    {
        if (double.IsNaN(d)) { Field("NaN"); return; }
        if (double.IsPositiveInfinity(d)) { Field("Infinity"); return; }
        if (double.IsNegativeInfinity(d)) { Field("-Infinity"); return; }
        Span<char> buffer = stackalloc char[32];
        d.TryFormat(buffer, out int n, "R", CultureInfo.InvariantCulture);
        Field(buffer[..n]);
    }

    /// <summary>
    /// An array field: items joined by <see cref="ArrayDelimiter"/>, then encoded as <see cref="Field"/> does. The
    /// format has no escape for the delimiter, so a ';' inside an item becomes ','; empty items are left out.
    /// </summary>
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

    /// <summary>An array field of a sequence's items (null items count as empty).</summary>
    public void Array(IEnumerable<string?> items)
    {
        _items.Clear();
        foreach (var item in items) _items.Add(item ?? "");
        Array(CollectionsMarshal.AsSpan(_items));
    }

    /// <summary>An array field of the distinct document ids of <paramref name="provenance"/>, in ordinal order.</summary>
    public void DocIds(ReadOnlySpan<Graph.Provenance> provenance)
    {
        // Provenance is usually sorted already (by document first): its distinct ids are then kept in one pass, and
        // the sort is left for the rare list that is not.
        _items.Clear();
        bool sorted = true;
        foreach (var p in provenance)
        {
            if (_items.Count > 0)
            {
                string last = _items[^1];
                if (ReferenceEquals(last, p.DocId)) continue;
                int order = string.CompareOrdinal(last, p.DocId);
                if (order == 0) continue;
                sorted &= order < 0;
            }
            _items.Add(p.DocId);
        }
        if (!sorted) _items.Sort(StringComparer.Ordinal);
        int kept = 0;
        for (int i = 0; i < _items.Count; i++)
            if (kept == 0 || !string.Equals(_items[kept - 1], _items[i], StringComparison.Ordinal)) _items[kept++] = _items[i];
        Array(CollectionsMarshal.AsSpan(_items)[..kept]);
    }

    /// <summary>Ends the row with "\n".</summary>
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

    /// <summary>Writes <paramref name="text"/> in runs between specials: '"' doubled, ';' as ',', controls dropped.</summary>
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

    /// <summary>Controls other than tab, CR and LF (as <see cref="char.IsControl(char)"/> has them), the quote, and for array items ';'.</summary>
    private static string Specials(bool arrayItem)
    {
        var chars = new List<char> { '"' };
        for (int c = 0; c <= 0x9F; c++)
            if (char.IsControl((char)c) && c is not ('\t' or '\r' or '\n')) chars.Add((char)c);
        if (arrayItem) chars.Add(ArrayDelimiter);
        return new string(chars.ToArray());
    }
}
