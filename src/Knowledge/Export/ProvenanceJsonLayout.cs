using System.Runtime.CompilerServices;
using System.Text;
using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>
/// The fixed bytes of a provenance entry in knowledge.json (<c>{"docId", "start", "end"}</c>, with a <c>"source"</c>
/// object of <c>"field"</c>, <c>"start"</c>, <c>"end"</c> and, for a file's text, <c>"line"</c> and <c>"column"</c>)
/// as <see cref="Utf8JsonOutput"/> lays them out at one depth, compact or indented: the pieces between the values, each
/// name with its colon and the separator and line before it. A graph has one entry for every mention and piece of
/// evidence, hundreds of thousands in a large export; written through these, an entry is a few copies and its numbers
/// instead of a dozen calls of the writer, each with its own checks.
/// </summary>
internal sealed class ProvenanceJsonLayout
{
    private readonly bool _indented;
    private readonly bool _crlf;

    /// <summary>The output's depth before an entry's <c>{</c>.</summary>
    private readonly int _depth;

    // The pieces, in the order they are written: the entry's {"docId":, ,"start": and ,"end":; ,"source":{"field":; the
    // source's ,"start":, ,"end":, ,"line": and ,"column":; its } and the entry's.
    private readonly byte[] _openAndDocId, _start, _end, _sourceAndField;
    private readonly byte[] _sourceStart, _sourceEnd, _sourceLine, _sourceColumn, _closeSource, _close;

    /// <summary>All the pieces' bytes: an entry is at most these, its document id, its field's name and six numbers.</summary>
    private readonly int _mostFixedBytes;

    /// <summary>The pieces for entries written at <paramref name="depth"/> (the output's depth before the entry's <c>{</c>).</summary>
    public ProvenanceJsonLayout(bool indented, bool crlf, int depth)
    {
        _indented = indented;
        _crlf = crlf;
        _depth = depth;
        string NewLine(int level) => indented ? (crlf ? "\r\n" : "\n") + new string(' ', 2 * level) : "";
        string colon = indented ? ": " : ":";
        string entry = NewLine(depth + 1), source = NewLine(depth + 2);
        string Name(string name) => "\"" + name + "\"" + colon;
        _openAndDocId = Bytes("{" + entry + Name("docId"));
        _start = Bytes("," + entry + Name("start"));
        _end = Bytes("," + entry + Name("end"));
        _sourceAndField = Bytes("," + entry + Name(SourceSpanJson.Property) + "{" + source + Name(SourceSpanJson.Field));
        _sourceStart = Bytes("," + source + Name(SourceSpanJson.Start));
        _sourceEnd = Bytes("," + source + Name(SourceSpanJson.End));
        _sourceLine = Bytes("," + source + Name(SourceSpanJson.Line));
        _sourceColumn = Bytes("," + source + Name(SourceSpanJson.Column));
        _closeSource = Bytes(entry + "}");
        _close = Bytes(NewLine(depth) + "}");
        _mostFixedBytes = _openAndDocId.Length + _start.Length + _end.Length + _sourceAndField.Length + _sourceStart.Length
            + _sourceEnd.Length + _sourceLine.Length + _sourceColumn.Length + _closeSource.Length + _close.Length;
    }

    /// <summary>Whether these are the pieces for entries the output would write next.</summary>
    public bool Fits(Utf8JsonOutput output) => output.Depth == _depth && output.IsIndented == _indented && output.EndsLinesWithCrLf == _crlf;

    /// <summary>
    /// Writes one entry as the writer's own objects would lay it out (<see cref="SourceSpanJson"/> for its span), straight
    /// into the output's buffer: the pieces between the values are these, the numbers are written in place.
    /// </summary>
    /// <param name="output">An output whose next value is at this layout's depth (<see cref="Fits"/>).</param>
    /// <param name="docId">The entry's document id as a JSON string (<see cref="Utf8JsonOutput.EncodeQuoted(string)"/>).</param>
    /// <param name="p">The entry.</param>
    public void Write(Utf8JsonOutput output, byte[] docId, Provenance p)
    {
        var field = p.Source is { } span ? SourceSpanJson.EncodedField(span.Field) : [];
        var buffer = output.BeginRawValue(_mostFixedBytes + docId.Length + field.Length + 6 * Utf8Digits.MaxLength, out int at);
        at = Put(buffer, at, _openAndDocId);
        at = Put(buffer, at, docId);
        at = Put(buffer, at, _start, p.Start);
        at = Put(buffer, at, _end, p.End);
        if (p.Source is { } source)
        {
            at = Put(buffer, at, _sourceAndField);
            at = Put(buffer, at, field);
            at = Put(buffer, at, _sourceStart, source.Start);
            at = Put(buffer, at, _sourceEnd, source.End);
            if (source.Line > 0)
            {
                at = Put(buffer, at, _sourceLine, source.Line);
                at = Put(buffer, at, _sourceColumn, source.Column);
            }
            at = Put(buffer, at, _closeSource);
        }
        at = Put(buffer, at, _close);
        output.EndRawValue(at);
    }

    /// <summary>A name's piece and the number after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Put(byte[] buffer, int at, byte[] piece, int number) => Utf8Digits.Write(buffer, Put(buffer, at, piece), number);

    // Through the exports' short copy: a piece of 4 to 16 bytes (most of a compact entry's) is two loads and stores, a
    // longer one a span copy; Array.CopyTo's checks cost more than either.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Put(byte[] buffer, int at, byte[] bytes)
    {
        ShortBytes.Copy(bytes, buffer.AsSpan(at));
        return at + bytes.Length;
    }

    private static byte[] Bytes(string ascii) => Encoding.ASCII.GetBytes(ascii);
}
