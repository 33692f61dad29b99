using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Knowledge.Export;

/// <summary>
/// Writes fields in the encoding of Neo4j's CSV import as UTF-8 into a pooled buffer that is flushed to a stream row by
/// row: ',' between fields, '"' quoting with doubled quotes, ';' inside arrays. No string is built per field; the
/// bytes are those a UTF-8 <see cref="StreamWriter"/> wrote for the same characters (lone surrogates as U+FFFD).
/// </summary>
/// <remarks>
/// Most fields (ids, names, document ids) need no care: a field is transcoded straight into the buffer and its bytes
/// checked by one vectorised scan (<see cref="Neo4jCsvText"/>); only a field that holds a delimiter, a quote, a line
/// break or a control is encoded again the careful way.
/// </remarks>
internal sealed class Neo4jCsv : IDisposable
{
    /// <summary>The field delimiter (the import tool's default).</summary>
    public const char Delimiter = ',';

    /// <summary>The array delimiter (the import tool's default, <c>--array-delimiter=';'</c>).</summary>
    public const char ArrayDelimiter = ';';

    /// <summary>Rows are flushed to the stream once this many bytes are pending.</summary>
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream _stream;
    private readonly List<string> _items = [];
    private readonly Neo4jCsvText _text;
    private bool _rowStarted;

    /// <summary>A field writer into <paramref name="stream"/> (left open); <see cref="Flush"/> writes what is pending.</summary>
    public Neo4jCsv(Stream stream)
    {
        _stream = stream;
        _text = new Neo4jCsvText(2 * FlushThreshold);
    }

    /// <summary>
    /// Writes a field: control characters other than tab and line breaks are dropped, and a field holding a
    /// delimiter, a quote, a line break or leading or trailing white space is quoted, with quotes doubled.
    /// </summary>
    public void Field(ReadOnlySpan<char> value)
    {
        Separate();
        if (value.IsEmpty) return;
        int start = _text.Length;
        // The white space test is on the text as given, controls included (as it always was).
        bool edgeSpace = char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]);
        var kind = _text.TryPlain(value, arrayItem: false);
        if (kind != Neo4jCsvTextKind.Careful)
        {
            if (edgeSpace || kind == Neo4jCsvTextKind.Quoted) _text.QuoteFrom(start);
            return;
        }
        _text.Length = start;
        bool quote = edgeSpace || Neo4jCsvText.NeedsQuotes(value, arrayItem: false);
        if (quote) _text.Byte((byte)'"');
        _text.Escaped(value, arrayItem: false);
        if (quote) _text.Byte((byte)'"');
    }

    /// <summary>A field written as it is (header names, which the writer makes safe).</summary>
    public void Raw(string value)
    {
        Separate();
        _text.Transcode(value);
    }

    /// <summary>An integer field.</summary>
    public void Int(long value)
    {
        Separate();
        _text.Integer(value);
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
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Length == 0) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return;
        bool edgeSpace = char.IsWhiteSpace(items[first][0]) || char.IsWhiteSpace(items[last][^1]);
        int start = _text.Length;
        var kind = TryPlainItems(items, first, last);
        if (kind != Neo4jCsvTextKind.Careful)
        {
            if (edgeSpace || kind == Neo4jCsvTextKind.Quoted) _text.QuoteFrom(start);
            return;
        }
        _text.Length = start;
        bool quote = edgeSpace;
        for (int i = first; i <= last && !quote; i++) quote = Neo4jCsvText.NeedsQuotes(items[i], arrayItem: true);
        if (quote) _text.Byte((byte)'"');
        for (int i = first; i <= last; i++)
        {
            if (items[i].Length == 0) continue;
            if (i > first) _text.Byte((byte)ArrayDelimiter);
            _text.Escaped(items[i], arrayItem: true);
        }
        if (quote) _text.Byte((byte)'"');
    }

    /// <summary>The non-empty items joined by ';', and what the joined text needs (as <see cref="Neo4jCsvText.TryPlain"/> says for one).</summary>
    private Neo4jCsvTextKind TryPlainItems(ReadOnlySpan<string> items, int first, int last)
    {
        var joined = Neo4jCsvTextKind.Plain;
        for (int i = first; i <= last; i++)
        {
            if (items[i].Length == 0) continue;
            if (i > first) _text.Byte((byte)ArrayDelimiter);
            var kind = _text.TryPlain(items[i], arrayItem: true);
            if (kind == Neo4jCsvTextKind.Careful) return kind;
            if (kind == Neo4jCsvTextKind.Quoted) joined = kind;
        }
        return joined;
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

    /// <summary>Ends the row with "\n" (and passes the pending bytes on once there are enough of them).</summary>
    public void EndRow()
    {
        _text.Byte((byte)'\n');
        _rowStarted = false;
        if (_text.Length >= FlushThreshold) Flush();
    }

    /// <summary>Writes the pending bytes to the stream.</summary>
    public void Flush()
    {
        if (_text.Length == 0) return;
        _stream.Write(_text.Pending);
        _text.Length = 0;
    }

    /// <summary>Returns the pooled buffers (without flushing: call <see cref="Flush"/> first).</summary>
    public void Dispose() => _text.Dispose();

    private void Separate()
    {
        if (_rowStarted) _text.Byte((byte)Delimiter);
        _rowStarted = true;
    }
}
