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
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = Encoder });
        foreach (var r in results)
        {
            WriteQuote(w, r);
            w.Flush();
            stream.WriteByte((byte)'\n');
            w.Reset(stream);
        }
    }

    private static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>One quote as a JSON object: the single definition of a quote row, shared by the JSON and JSON Lines forms.</summary>
    private static void WriteQuote(Utf8JsonWriter w, QuoteResult r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        WriteOptional(w, "date", r.Date?.Iso);
        w.WriteString("dateSource", r.DateSource);
        WriteOptional(w, "speaker", r.Speaker);
        WriteOptional(w, "speakerId", r.SpeakerId);
        WriteOptional(w, "role", r.Role?.Title);
        WriteOptional(w, "organization", r.Role?.Organization);
        w.WriteString("kind", r.Kind);
        w.WriteString("text", r.Text);
        w.WriteString("docId", r.DocumentId);
        WriteOptional(w, "documentTitle", r.DocumentTitle);
        w.WriteStartArray("spans");
        foreach (var s in r.Spans)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            if (s.Source is { } source) SourceSpanJson.Write(w, source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("about");
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

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
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
