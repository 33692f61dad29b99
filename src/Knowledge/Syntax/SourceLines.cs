
namespace Knowledge.Syntax;

/// <summary>
/// Line breaks of the source text. A paragraph's soft line breaks become spaces in the document
/// text, but a break still separates a contact block's lines ("Ana Reyes" / "Director, Outreach").
/// </summary>
internal static class SourceLines
{
    /// <summary>Whether the source has a line break between two document offsets (the end of one token, the start of the next).</summary>
    public static bool BreakBetween(Doc doc, int from, int to)
    {
        if (to <= from) return false;
        if (doc.Text.AsSpan(from, to - from).Contains('\n')) return true;
        var a = doc.ToSource(from - 1);
        var b = doc.ToSource(to);
        if (a is null || b is null || a.Value.Field != b.Value.Field) return false;
        var text = FieldText(doc.Source, a.Value.Field);
        int s = a.Value.Offset + 1, e = b.Value.Offset;
        return text is not null && s >= 0 && e <= text.Length && e > s && text.AsSpan(s, e - s).Contains('\n');
    }

    private static string? FieldText(Ingestion.SourceDocument source, SourceField field) => field switch
    {
        SourceField.Title => source.Title,
        SourceField.Description => source.Description,
        SourceField.ImageCaption => source.ImageCaption,
        _ => source.Body,
    };
}
