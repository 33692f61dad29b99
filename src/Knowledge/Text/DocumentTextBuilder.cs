using System.Collections.Immutable;
using System.Text;
using Knowledge.Ingestion;
using Knowledge.Syntax;

namespace Knowledge.Text;

/// <summary>
/// Turns a <see cref="SourceDocument"/> into a <see cref="Doc"/>: the title, description and image
/// caption each become a block, then the body's blocks (Markdown parsed with Markdig, plain text
/// split at blank lines). Blocks are joined with a blank line; every character keeps its offset
/// in the field it came from, held as runs of consecutive offsets.
/// </summary>
internal static class DocumentTextBuilder
{
    private const string Separator = "\n\n";

    /// <summary>Builds the document text and blocks.</summary>
    public static Doc Build(SourceDocument source)
    {
        var text = new StringBuilder();
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var links = ImmutableArray.CreateBuilder<Link>();

        void Add(BlockKind kind, SourceField field, string blockText, SourceRuns map)
        {
            // Trim white space at both ends, keeping the map aligned.
            int s = 0, e = blockText.Length;
            while (s < e && char.IsWhiteSpace(blockText[s])) s++;
            while (e > s && char.IsWhiteSpace(blockText[e - 1])) e--;
            if (s == e) return;
            if (text.Length > 0) text.Append(Separator);
            int start = text.Length;
            text.Append(blockText, s, e - s);
            blocks.Add(new Block(kind, start, text.Length, field) { SourceOffsets = map.Slice(s, e) });
        }

        AddField(source.Title, BlockKind.Title, SourceField.Title, Add);
        AddField(source.Description, BlockKind.Description, SourceField.Description, Add);
        AddField(source.ImageCaption, BlockKind.ImageCaption, SourceField.ImageCaption, Add);

        var pieces = source.Format == BodyFormat.Markdown ? MarkdownBlockReader.Read(source.Body) : null;
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        if (source.Format == BodyFormat.Markdown && pieces is null)
            diagnostics = [Problem(source, "Markdown nested too deeply to parse; the body was read as plain text")];
        if (pieces is not null)
        {
            foreach (var piece in pieces)
            {
                int lead = 0;
                while (lead < piece.Text.Length && char.IsWhiteSpace(piece.Text[lead])) lead++;
                int blockCount = blocks.Count;
                Add(piece.Kind, SourceField.Body, piece.Text, piece.SourceOffsets);
                if (blocks.Count == blockCount) continue;
                var block = blocks[^1];
                foreach (var l in piece.Links)
                {
                    int ls = Math.Clamp(l.Start - lead, 0, block.Length) + block.Start;
                    int le = Math.Clamp(l.End - lead, 0, block.Length) + block.Start;
                    links.Add(new Link(ls, le, l.Url));
                }
            }
        }
        else
        {
            foreach (var (start, end) in PlainTextParagraphs(source.Body))
            {
                var para = source.Body.Substring(start, end - start);
                Add(BlockKind.Paragraph, SourceField.Body, NormalizeLineBreaks(para), SourceRuns.Contiguous(start, para.Length));
            }
        }

        var built = blocks.ToImmutable();
        return new Doc(source, text.ToString(), built)
        {
            Links = links.ToImmutable(),
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

    private static void AddField(string? value, BlockKind kind, SourceField field, Action<BlockKind, SourceField, string, SourceRuns> add)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        add(kind, field, NormalizeLineBreaks(value), SourceRuns.Contiguous(0, value.Length));
    }

    /// <summary>Replaces line breaks and control characters inside a block by spaces (same length), so offsets stay aligned.</summary>
    internal static string NormalizeLineBreaks(string s)
    {
        int i = 0;
        while (i < s.Length && !char.IsControl(s[i])) i++;
        if (i == s.Length) return s;
        var chars = s.ToCharArray();
        for (; i < chars.Length; i++)
            if (char.IsControl(chars[i])) chars[i] = ' ';
        return new string(chars);
    }

    /// <summary>Paragraph ranges of plain text: runs of lines separated by blank lines (CR, LF or CRLF).</summary>
    internal static IEnumerable<(int Start, int End)> PlainTextParagraphs(string body)
    {
        int i = 0, n = body.Length;
        int paraStart = -1, paraEnd = -1;
        while (i < n)
        {
            int lineStart = i;
            while (i < n && body[i] != '\n' && body[i] != '\r') i++;
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
