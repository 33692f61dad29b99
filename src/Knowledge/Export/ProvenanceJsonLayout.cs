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
    /// <summary>The pieces for entries written at <paramref name="depth"/> (the output's depth before the entry's <c>{</c>).</summary>
    public ProvenanceJsonLayout(bool indented, bool crlf, int depth)
    {
        Indented = indented;
        CrLf = crlf;
        Depth = depth;
        string NewLine(int level) => indented ? (crlf ? "\r\n" : "\n") + new string(' ', 2 * level) : "";
        string colon = indented ? ": " : ":";
        string entry = NewLine(depth + 1), source = NewLine(depth + 2);
        _openAndDocId = Bytes("{" + entry + "\"docId\"" + colon);
        _start = Bytes("," + entry + "\"start\"" + colon);
        _end = Bytes("," + entry + "\"end\"" + colon);
        _sourceAndField = Bytes("," + entry + "\"source\"" + colon + "{" + source + "\"field\"" + colon);
        _sourceStart = Bytes("," + source + "\"start\"" + colon);
        _sourceEnd = Bytes("," + source + "\"end\"" + colon);
        _sourceLine = Bytes("," + source + "\"line\"" + colon);
        _sourceColumn = Bytes("," + source + "\"column\"" + colon);
        _closeSource = Bytes(entry + "}");
        _close = Bytes(NewLine(depth) + "}");
        _mostFixedBytes = _openAndDocId.Length + _start.Length + _end.Length + _sourceAndField.Length + _sourceStart.Length
            + _sourceEnd.Length + _sourceLine.Length + _sourceColumn.Length + _closeSource.Length + _close.Length;
    }

    /// <summary>Whether the entries are laid out a line each (else compact).</summary>
    public bool Indented { get; }

    /// <summary>Whether an indented line ends with "\r\n".</summary>
    public bool CrLf { get; }

    /// <summary>The output's depth before an entry's <c>{</c>.</summary>
    public int Depth { get; }

    /// <summary>Whether these are the pieces for entries the output would write next.</summary>
    public bool Fits(Utf8JsonOutput output) => output.Depth == Depth && output.IsIndented == Indented && output.EndsLinesWithCrLf == CrLf;

    // The pieces, in the order they are written: <c>{"docId":</c>, <c>,"start":</c>, <c>,"end":</c>, <c>,"source":{"field":</c>,
    // the source's <c>,"start":</c>, <c>,"end":</c>, <c>,"line":</c> and <c>,"column":</c>, its <c>}</c> and the entry's.
    private readonly byte[] _openAndDocId, _start, _end, _sourceAndField, _sourceStart, _sourceEnd, _sourceLine, _sourceColumn, _closeSource, _close;

    /// <summary>All the pieces' bytes: an entry is at most these, its document id, its field's name and seven numbers.</summary>
    private readonly int _mostFixedBytes;

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
        var buffer = output.BeginRawValue(_mostFixedBytes + docId.Length + field.Length + 7 * Utf8Digits.MaxLength, out int at);
        at = Put(buffer, at, _openAndDocId);
        at = Put(buffer, at, docId);
        at = Put(buffer, at, _start);
        at = Utf8Digits.Write(buffer, at, p.Start);
        at = Put(buffer, at, _end);
        at = Utf8Digits.Write(buffer, at, p.End);
        if (p.Source is { } source)
        {
            at = Put(buffer, at, _sourceAndField);
            at = Put(buffer, at, field);
            at = Put(buffer, at, _sourceStart);
            at = Utf8Digits.Write(buffer, at, source.Start);
            at = Put(buffer, at, _sourceEnd);
            at = Utf8Digits.Write(buffer, at, source.End);
            if (source.Line > 0)
            {
                at = Put(buffer, at, _sourceLine);
                at = Utf8Digits.Write(buffer, at, source.Line);
                at = Put(buffer, at, _sourceColumn);
                at = Utf8Digits.Write(buffer, at, source.Column);
            }
            at = Put(buffer, at, _closeSource);
        }
        at = Put(buffer, at, _close);
        output.EndRawValue(at);
    }

    // Through the exports' copy of a few bytes (two loads and stores, no call): Array.CopyTo's checks cost more than the copy.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Put(byte[] buffer, int at, byte[] bytes)
    {
        ShortBytes.Copy(bytes, buffer.AsSpan(at));
        return at + bytes.Length;
    }

    private static byte[] Bytes(string ascii) => Encoding.ASCII.GetBytes(ascii);
}
