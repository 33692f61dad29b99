using System.Text.Json;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Export;

/// <summary>
/// A <see cref="SourceSpan"/> as the JSON exports write it, beside a range's text offsets:
/// <c>"source": {"field": "body", "start": 120, "end": 161, "line": 5, "column": 1}</c>, with <c>line</c> and
/// <c>column</c> only for a file's text. Field names: <c>title</c>, <c>description</c>, <c>imageCaption</c>, <c>body</c>.
/// </summary>
internal static class SourceSpanJson
{
    // The span's property and its fields' names: ProvenanceJsonLayout lays the same names out for knowledge.json's entries.
    internal const string Property = "source", Field = "field", Start = "start", End = "end", Line = "line", Column = "column";

    // Encoded once, with their quotes: every quote, mention and piece of evidence carries a span, so these names are
    // written hundreds of thousands of times in a large export. Plain ASCII words: every export's escaping leaves them as they are.
    private static readonly byte[] QuotedProperty = Utf8JsonOutput.EncodeQuoted(Property);
    private static readonly byte[] QuotedField = Utf8JsonOutput.EncodeQuoted(Field);
    private static readonly byte[] QuotedStart = Utf8JsonOutput.EncodeQuoted(Start);
    private static readonly byte[] QuotedEnd = Utf8JsonOutput.EncodeQuoted(End);
    private static readonly byte[] QuotedLine = Utf8JsonOutput.EncodeQuoted(Line);
    private static readonly byte[] QuotedColumn = Utf8JsonOutput.EncodeQuoted(Column);

    /// <summary>The field names' encoded values, indexed by <see cref="SourceField"/>.</summary>
    private static readonly byte[][] QuotedFieldValues = EncodeFieldNames();

    /// <summary>Writes the <c>source</c> property of the object being written.</summary>
    public static void Write(Utf8JsonOutput output, SourceSpan source)
    {
        output.Name(QuotedProperty);
        output.StartObject();
        output.Property(QuotedField, EncodedField(source.Field));
        output.Property(QuotedStart, source.Start);
        output.Property(QuotedEnd, source.End);
        if (source.Line > 0)
        {
            output.Property(QuotedLine, source.Line);
            output.Property(QuotedColumn, source.Column);
        }
        output.EndObject();
    }

    /// <summary>A field's name as a JSON string, quotes included: encoded once for the known fields.</summary>
    public static byte[] EncodedField(SourceField field) =>
        (uint)field < (uint)QuotedFieldValues.Length ? QuotedFieldValues[(int)field] : Utf8JsonOutput.EncodeQuoted(SourceFieldNames.Of(field));

    private static byte[][] EncodeFieldNames()
    {
        var fields = Enum.GetValues<SourceField>();
        int max = 0;
        foreach (var f in fields) max = Math.Max(max, (int)f);
        var encoded = new byte[max + 1][];
        Array.Fill(encoded, []);
        foreach (var f in fields) encoded[(int)f] = Utf8JsonOutput.EncodeQuoted(SourceFieldNames.Of(f));
        return encoded;
    }

    /// <summary>The span an object's <c>source</c> property gives, or null when it has none (a graph saved before spans were recorded).</summary>
    public static SourceSpan? Read(JsonElement owner)
    {
        if (!owner.TryGetProperty(Property, out var s) || s.ValueKind != JsonValueKind.Object) return null;
        var name = s.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        var field = SourceFieldNames.Parse(name) ?? throw new FormatException($"unknown source field \"{name}\"");
        return new SourceSpan(field, s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32())
        {
            Line = s.TryGetProperty("line", out var l) ? l.GetInt32() : 0,
            Column = s.TryGetProperty("column", out var c) ? c.GetInt32() : 0,
        };
    }
}
