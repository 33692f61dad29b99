using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Knowledge.Graph;
using Knowledge.Query;

namespace Knowledge.Export;

/// <summary>Writes quote query results as JSON (an array of objects), JSON Lines (one object a line) or CSV (RFC 4180), deterministically.</summary>
public static class QuoteResultsWriter
{
    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
        ["date", "dateSource", "speaker", "role", "organization", "kind", "text", "docId", "start", "end", "about",
         "sourceField", "sourceStart", "sourceEnd", "sourceLine", "sourceColumn"];

    /// <summary>Writes the results as an indented JSON array.</summary>
    public static void WriteJson(IEnumerable<QuoteResult> results, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Encoder });
        w.WriteStartArray();
        foreach (var r in results) WriteQuote(w, r);
        w.WriteEndArray();
    }

    /// <summary>
    /// Writes the results as JSON Lines: one compact object per line (the objects of <see cref="WriteJson"/>),
    /// each line ended by "\n". Line breaks inside values are escaped, so every line is one quote.
    /// </summary>
    public static void WriteJsonLines(IEnumerable<QuoteResult> results, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(stream);
        // Each line goes into a buffer, which reaches the stream in large writes: flushing a writer on the stream
        // itself after every line flushes the stream too (a system call per quote for a file).
        var buffer = new ArrayBufferWriter<byte>(LinesBufferSize + 4096);
        using var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = Encoder });
        foreach (var r in results)
        {
            WriteQuote(w, r);
            w.Flush();
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            w.Reset(buffer);
            if (buffer.WrittenCount >= LinesBufferSize)
            {
                stream.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }
        if (buffer.WrittenCount > 0) stream.Write(buffer.WrittenSpan);
    }

    private const int LinesBufferSize = 64 * 1024;

    /// <summary>The quote object's property names, encoded once: a string name is transcoded and checked for escaping on every write.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText DateSource = JsonEncodedText.Encode("dateSource");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText SpeakerId = JsonEncodedText.Encode("speakerId");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText Organization = JsonEncodedText.Encode("organization");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText DocId = JsonEncodedText.Encode("docId");
        public static readonly JsonEncodedText DocumentTitle = JsonEncodedText.Encode("documentTitle");
        public static readonly JsonEncodedText Spans = JsonEncodedText.Encode("spans");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText About = JsonEncodedText.Encode("about");
    }

    private static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>One quote as a JSON object: the single definition of a quote row, shared by the JSON and JSON Lines forms.</summary>
    private static void WriteQuote(Utf8JsonWriter w, QuoteResult r)
    {
        w.WriteStartObject();
        w.WriteString(Names.Id, r.Id);
        WriteOptional(w, Names.Date, r.Date?.Iso);
        w.WriteString(Names.DateSource, r.DateSource);
        WriteOptional(w, Names.Speaker, r.Speaker);
        WriteOptional(w, Names.SpeakerId, r.SpeakerId);
        WriteOptional(w, Names.Role, r.Role?.Title);
        WriteOptional(w, Names.Organization, r.Role?.Organization);
        w.WriteString(Names.Kind, r.Kind);
        w.WriteString(Names.Text, r.Text);
        w.WriteString(Names.DocId, r.DocumentId);
        WriteOptional(w, Names.DocumentTitle, r.DocumentTitle);
        w.WriteStartArray(Names.Spans);
        foreach (var s in r.Spans)
        {
            w.WriteStartObject();
            w.WriteNumber(Names.Start, s.Start);
            w.WriteNumber(Names.End, s.End);
            if (s.Source is { } source) SourceSpanJson.Write(w, source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(Names.About);
        foreach (var a in r.About) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes the results as CSV with a header row (<see cref="CsvColumns"/>); fields are quoted where needed.</summary>
    public static void WriteCsv(IEnumerable<QuoteResult> results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', CsvColumns));
        writer.Write("\r\n");
        foreach (var r in results)
        {
            var start = r.Spans.IsDefaultOrEmpty ? "" : r.Spans[0].Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var end = r.Spans.IsDefaultOrEmpty ? "" : r.Spans[^1].End.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string[] fields =
            [
                r.Date?.Iso ?? "", r.DateSource, r.Speaker ?? "", r.Role?.Title ?? "", r.Role?.Organization ?? "",
                r.Kind, r.Text, r.DocumentId, start, end, string.Join("|", r.About),
                .. SourceFields(r),
            ];
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0) writer.Write(',');
                WriteCsv(writer, fields[i]);
            }
            writer.Write("\r\n");
        }
    }

    /// <summary>
    /// The quote's place in the source (field, start, end, line, column), from its first span's start to its last
    /// span's end when both are in one field; empty fields when the source is not known.
    /// </summary>
    private static string[] SourceFields(QuoteResult r)
    {
        if (r.Spans.IsDefaultOrEmpty || r.Spans[0].Source is not { } first || r.Spans[^1].Source is not { } last || first.Field != last.Field)
            return ["", "", "", "", ""];
        static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [SourceFieldNames.Of(first.Field), Number(first.Start), Number(last.End),
            first.Line > 0 ? Number(first.Line) : "", first.Line > 0 ? Number(first.Column) : ""];
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    /// <summary>An RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled; written in runs, no string built.</summary>
    private static void WriteCsv(TextWriter writer, ReadOnlySpan<char> field)
    {
        if (field.IndexOfAny(CsvSpecials) < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        int at;
        while ((at = field.IndexOf('"')) >= 0)
        {
            writer.Write(field[..(at + 1)]);
            writer.Write('"');
            field = field[(at + 1)..];
        }
        writer.Write(field);
        writer.Write('"');
    }

    private static readonly SearchValues<char> CsvSpecials = SearchValues.Create(",\"\r\n");
}
