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
    private const string Property = "source";

    public static void Write(Utf8JsonWriter w, SourceSpan source)
    {
        w.WriteStartObject(Property);
        w.WriteString("field", SourceFieldNames.Of(source.Field));
        w.WriteNumber("start", source.Start);
        w.WriteNumber("end", source.End);
        if (source.Line > 0)
        {
            w.WriteNumber("line", source.Line);
            w.WriteNumber("column", source.Column);
        }
        w.WriteEndObject();
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
