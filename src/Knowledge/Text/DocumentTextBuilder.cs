using System.Collections.Immutable;
using Knowledge.Ingestion;
using Knowledge.Syntax;

namespace Knowledge.Text;

/// <summary>
/// Turns a <see cref="SourceDocument"/> into a <see cref="Doc"/>: the title, description and image
/// caption each become a block, then the body's blocks (Markdown parsed with Markdig, plain text
/// split at blank lines). Blocks are joined with a blank line; every character keeps its offset
/// in the field it came from, held as runs of consecutive offsets. The text is assembled in one pooled buffer
/// (<see cref="DocumentTextAssembler"/>) and copied once, into the document's string.
/// </summary>
internal static class DocumentTextBuilder
{
    /// <summary>Builds the document text and blocks.</summary>
    public static Doc Build(SourceDocument source) => Build(source, shortcuts: true);

    /// <summary>
    /// Builds the document text and blocks; <paramref name="shortcuts"/> false parses every Markdown body with Markdig and
    /// its autolink extension, even one of plain prose (<see cref="PlainProse"/>) or one without anything the extension
    /// links, which the specs use to prove both shortcuts exact.
    /// </summary>
    internal static Doc Build(SourceDocument source, bool shortcuts)
    {
        int capacity = (source.Title?.Length ?? 0) + (source.Description?.Length ?? 0) + (source.ImageCaption?.Length ?? 0) + source.Body.Length + 8;
        using var text = DocumentTextAssembler.Rent(capacity);
        AddField(text, source.Title, BlockKind.Title, SourceField.Title);
        AddField(text, source.Description, BlockKind.Description, SourceField.Description);
        AddField(text, source.ImageCaption, BlockKind.ImageCaption, SourceField.ImageCaption);

        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        // A Markdown body of plain prose is split at its blank lines as plain text is: Markdig would give the same.
        bool asMarkdown = source.Format == BodyFormat.Markdown && !(shortcuts && PlainProse.IsPlain(source.Body));
        bool markdownRead = asMarkdown && MarkdownBlockReader.Read(source.Body, text, autolinkShortcut: shortcuts);
        if (asMarkdown && !markdownRead)
            diagnostics = [Problem(source, "Markdown nested too deeply to parse; the body was read as plain text")];
        if (!markdownRead)
        {
            foreach (var (start, end) in PlainTextParagraphs(source.Body))
                text.AddBlock(BlockKind.Paragraph, SourceField.Body, source.Body.AsSpan(start, end - start), start);
        }

        var built = text.Blocks;
        return new Doc(source, text.ToString(), built)
        {
            Links = text.Links,
            Diagnostics = diagnostics,
            SourceMap = SourceMap.Build(source, built),
        };
    }

    /// <summary>A warning about a document, placed at its file, record and line.</summary>
    internal static Diagnostic Problem(SourceDocument source, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        new(severity, source.Origin.Path, $"document \"{source.Id}\": {message}")
        {
            RecordIndex = source.Origin.RecordIndex,
            Line = source.Origin.Line,
        };

    private static void AddField(DocumentTextAssembler text, string? value, BlockKind kind, SourceField field)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        text.AddBlock(kind, field, value, 0);
    }

    /// <summary>Paragraph ranges of plain text: runs of lines separated by blank lines (CR, LF or CRLF).</summary>
    internal static IEnumerable<(int Start, int End)> PlainTextParagraphs(string body)
    {
        int i = 0, n = body.Length;
        int paraStart = -1, paraEnd = -1;
        while (i < n)
        {
            int lineStart = i;
            // The line's end, found by a vectorised search rather than a test per character.
            int lineLength = body.AsSpan(i).IndexOfAny('\n', '\r');
            i = lineLength < 0 ? n : i + lineLength;
            int lineEnd = i;
            if (i < n && body[i] == '\r') { i++; if (i < n && body[i] == '\n') i++; }
            else if (i < n) i++;
            bool blank = true;
            for (int k = lineStart; k < lineEnd; k++)
                if (!char.IsWhiteSpace(body[k])) { blank = false; break; }
            if (blank)
            {
                if (paraStart >= 0) yield return (paraStart, paraEnd);
                paraStart = -1;
            }
            else
            {
                if (paraStart < 0) paraStart = lineStart;
                paraEnd = lineEnd;
            }
        }
        if (paraStart >= 0) yield return (paraStart, paraEnd);
    }
}
