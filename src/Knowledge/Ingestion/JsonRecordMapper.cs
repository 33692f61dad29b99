using System.Collections.Immutable;
using System.Text.Json;

namespace Knowledge.Ingestion;

/// <summary>
/// Turns one JSON record into a <see cref="SourceDocument"/>. Understands the records-export shape
/// (<c>{"id", "createdTime", "fields": {…}}</c>) and flat objects (<c>{id, title, text, date, …}</c>).
/// Unknown fields are ignored; problems become diagnostics.
/// </summary>
internal static class JsonRecordMapper
{
    private static readonly ImmutableArray<string> TextNames = ["text", "body", "content"];
    private static readonly ImmutableArray<string> DateNames = ["publishedDate", "published", "date"];
    private static readonly ImmutableArray<string> TagNames = ["tag", "tags"];

    /// <summary>The document, or null when the record was skipped (with an error in <paramref name="diagnostics"/>).</summary>
    public static SourceDocument? Map(string path, string fallbackName, JsonRecord record, List<Diagnostic> diagnostics)
    {
        Diagnostic Problem(DiagnosticSeverity severity, string message) =>
            new(severity, path, message) { RecordIndex = record.Index, Line = record.Line };

        if (record.Value.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Problem(DiagnosticSeverity.Error, $"record is {record.Value.ValueKind}, not an object; skipped"));
            return null;
        }

        var outer = record.Value;
        var fields = outer.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Object ? f : outer;

        var title = String(fields, "title");
        var text = FirstString(fields, TextNames);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                diagnostics.Add(Problem(DiagnosticSeverity.Error, "record has no text and no title; skipped"));
                return null;
            }
            diagnostics.Add(Problem(DiagnosticSeverity.Warning, "record has no text; kept with its title only"));
            text = "";
        }

        var id = NonEmpty(String(fields, "slug"))
            ?? NonEmpty(String(outer, "id"))
            ?? NonEmpty(String(fields, "id"))
            ?? $"{fallbackName}#{record.Index}";

        DateOnly? published = null;
        var dateText = FirstString(fields, DateNames);
        if (!string.IsNullOrWhiteSpace(dateText))
        {
            if (DateText.TryParse(dateText, out var d)) published = d;
            else diagnostics.Add(Problem(DiagnosticSeverity.Warning, $"unreadable date \"{dateText}\"; the record is kept without a published date"));
        }

        return new SourceDocument(id, text!, BodyFormat.Markdown, new DocumentOrigin(path, record.Index, record.Line))
        {
            Title = NonEmpty(title),
            Description = NonEmpty(String(fields, "description")),
            ImageCaption = NonEmpty(String(fields, "imageCaption")),
            Author = NonEmpty(Strings(fields, "author") is { Length: > 0 } authors ? string.Join(", ", authors) : null),
            Published = published,
            Tags = Tags(fields),
        };
    }

    // The non-empty strings of the tag fields, each once, in the order first met; most records have none, and then
    // nothing is made.
    private static ImmutableArray<string> Tags(JsonElement fields)
    {
        ImmutableArray<string>.Builder? tags = null;
        HashSet<string>? seen = null;
        foreach (var name in TagNames)
        {
            foreach (var tag in Strings(fields, name))
            {
                if (tag.Length == 0 || !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(tag)) continue;
                (tags ??= ImmutableArray.CreateBuilder<string>()).Add(tag);
            }
        }
        return tags is null ? ImmutableArray<string>.Empty : tags.ToImmutable();
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? FirstString(JsonElement obj, ImmutableArray<string> names)
    {
        foreach (var name in names)
            if (String(obj, name) is { } s && !string.IsNullOrWhiteSpace(s)) return s;
        return null;
    }

    // A string property; numbers are given as their text (ids are sometimes numeric).
    private static string? String(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    // A string, or an array of strings (other values ignored).
    private static string[] Strings(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v)) return [];
        if (v.ValueKind == JsonValueKind.String) return [v.GetString()!.Trim()];
        if (v.ValueKind != JsonValueKind.Array) return [];
        return v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).ToArray();
    }
}
