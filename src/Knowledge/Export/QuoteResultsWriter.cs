using System.Buffers;
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
        ArgumentNullException.ThrowIfNull(stream);
        // The platform's line end, as Utf8JsonWriter's default options wrote this array.
        using var o = new Utf8JsonOutput(stream, indented: true, JsonStringEscaping.Quotes, Environment.NewLine);
        o.StartArray();
        foreach (var r in results)
        {
            WriteQuote(o, r);
            if (o.BytesPending >= BufferSize) o.Flush();
        }
        o.EndArray();
        o.Flush();
    }

    /// <summary>
    /// Writes the results as JSON Lines: one compact object per line (the objects of <see cref="WriteJson"/>),
    /// each line ended by "\n". Line breaks inside values are escaped, so every line is one quote.
    /// </summary>
    public static void WriteJsonLines(IEnumerable<QuoteResult> results, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(stream);
        // Lines reach the stream in large writes: a write per line would be a system call per quote for a file.
        using var o = new Utf8JsonOutput(stream, indented: false, JsonStringEscaping.Quotes);
        foreach (var r in results)
        {
            WriteQuote(o, r);
            o.EndLine();
            if (o.BytesPending >= BufferSize) o.Flush();
        }
        o.Flush();
    }

    private const int BufferSize = 64 * 1024;

    /// <summary>The quote object's property names, encoded once with their quotes.</summary>
    private static class Names
    {
        public static readonly byte[] Id = Utf8JsonOutput.EncodeQuoted("id");
        public static readonly byte[] Date = Utf8JsonOutput.EncodeQuoted("date");
        public static readonly byte[] DateSource = Utf8JsonOutput.EncodeQuoted("dateSource");
        public static readonly byte[] Speaker = Utf8JsonOutput.EncodeQuoted("speaker");
        public static readonly byte[] SpeakerId = Utf8JsonOutput.EncodeQuoted("speakerId");
        public static readonly byte[] Role = Utf8JsonOutput.EncodeQuoted("role");
        public static readonly byte[] Organization = Utf8JsonOutput.EncodeQuoted("organization");
        public static readonly byte[] Kind = Utf8JsonOutput.EncodeQuoted("kind");
        public static readonly byte[] Text = Utf8JsonOutput.EncodeQuoted("text");
        public static readonly byte[] DocId = Utf8JsonOutput.EncodeQuoted("docId");
        public static readonly byte[] DocumentTitle = Utf8JsonOutput.EncodeQuoted("documentTitle");
        public static readonly byte[] Spans = Utf8JsonOutput.EncodeQuoted("spans");
        public static readonly byte[] Start = Utf8JsonOutput.EncodeQuoted("start");
        public static readonly byte[] End = Utf8JsonOutput.EncodeQuoted("end");
        public static readonly byte[] About = Utf8JsonOutput.EncodeQuoted("about");
    }

    /// <summary>One quote as a JSON object: the single definition of a quote row, shared by the JSON and JSON Lines forms.</summary>
    private static void WriteQuote(Utf8JsonOutput o, QuoteResult r)
    {
        o.StartObject();
        o.Property(Names.Id, r.Id);
        o.PropertyOrNull(Names.Date, r.Date?.Iso);
        o.Property(Names.DateSource, r.DateSource);
        o.PropertyOrNull(Names.Speaker, r.Speaker);
        o.PropertyOrNull(Names.SpeakerId, r.SpeakerId);
        o.PropertyOrNull(Names.Role, r.Role?.Title);
        o.PropertyOrNull(Names.Organization, r.Role?.Organization);
        o.Property(Names.Kind, r.Kind);
        o.Property(Names.Text, r.Text);
        o.Property(Names.DocId, r.DocumentId);
        o.PropertyOrNull(Names.DocumentTitle, r.DocumentTitle);
        o.Name(Names.Spans);
        o.StartArray();
        foreach (var s in r.Spans)
        {
            o.StartObject();
            o.Property(Names.Start, s.Start);
            o.Property(Names.End, s.End);
            if (s.Source is { } source) SourceSpanJson.Write(o, source);
            o.EndObject();
        }
        o.EndArray();
        o.Name(Names.About);
        o.StartArray();
        foreach (var a in r.About) o.String(a);
        o.EndArray();
        o.EndObject();
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
