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
        if (record.Value.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, path, $"record is {record.Value.ValueKind}, not an object; skipped")
            {
                RecordIndex = record.Index,
                Line = record.Line,
            });
            return null;
        }
        return Map(path, fallbackName, new ElementFields(record.Value), record.Index, record.Line, diagnostics);
    }

    /// <summary>
    /// The document of the record object <paramref name="outer"/> (record <paramref name="index"/>, starting on
    /// <paramref name="line"/>), or null when it was skipped (with an error in <paramref name="diagnostics"/>).
    /// </summary>
    public static SourceDocument? Map<TFields>(string path, string fallbackName, TFields outer, int index, int line, List<Diagnostic> diagnostics)
        where TFields : struct, IRecordFields<TFields>
    {
        Diagnostic Problem(DiagnosticSeverity severity, string message) =>
            new(severity, path, message) { RecordIndex = index, Line = line };

        var fields = outer.TryGetObject("fields", out var f) ? f : outer;

        var title = fields.StringOrNumber("title");
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

        var id = NonEmpty(fields.StringOrNumber("slug"))
            ?? NonEmpty(outer.StringOrNumber("id"))
            ?? NonEmpty(fields.StringOrNumber("id"))
            ?? $"{fallbackName}#{index}";

        DateOnly? published = null;
        var dateText = FirstString(fields, DateNames);
        if (!string.IsNullOrWhiteSpace(dateText))
        {
            if (DateText.TryParse(dateText, out var d)) published = d;
            else diagnostics.Add(Problem(DiagnosticSeverity.Warning, $"unreadable date \"{dateText}\"; the record is kept without a published date"));
        }

        return new SourceDocument(id, text!, BodyFormat.Markdown, new DocumentOrigin(path, index, line))
        {
            Title = NonEmpty(title),
            Description = NonEmpty(fields.StringOrNumber("description")),
            ImageCaption = NonEmpty(fields.StringOrNumber("imageCaption")),
            Author = NonEmpty(fields.Strings("author") is { Length: > 0 } authors ? string.Join(", ", authors) : null),
            Published = published,
            Tags = Tags(fields),
        };
    }

    // The non-empty strings of the tag fields, each once, in the order first met; most records have none, and then
    // nothing is made.
    private static ImmutableArray<string> Tags<TFields>(TFields fields) where TFields : struct, IRecordFields<TFields>
    {
        ImmutableArray<string>.Builder? tags = null;
        HashSet<string>? seen = null;
        foreach (var name in TagNames)
        {
            foreach (var tag in fields.Strings(name))
            {
                if (tag.Length == 0 || !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(tag)) continue;
                (tags ??= ImmutableArray.CreateBuilder<string>()).Add(tag);
            }
        }
        return tags is null ? ImmutableArray<string>.Empty : tags.ToImmutable();
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? FirstString<TFields>(TFields obj, ImmutableArray<string> names) where TFields : struct, IRecordFields<TFields>
    {
        foreach (var name in names)
            if (obj.StringOrNumber(name) is { } s && !string.IsNullOrWhiteSpace(s)) return s;
        return null;
    }
}
