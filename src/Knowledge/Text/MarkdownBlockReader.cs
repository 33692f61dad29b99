using System.Text;
using Knowledge.Syntax;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Knowledge.Text;

/// <summary>
/// Reads Markdown into plain-text blocks with Markdig: paragraphs, headings, block-quote
/// paragraphs and list items. Each block keeps, for every character, its offset in the Markdown
/// source (Markdig's precise source locations) as runs of consecutive offsets, and the links it contains
/// with their URLs.
/// </summary>
internal static class MarkdownBlockReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseAutoLinks()
        .Build();

    /// <summary>A block of plain text read from Markdown.</summary>
    internal sealed record Piece(BlockKind Kind, string Text, SourceRuns SourceOffsets, List<Link> Links);

    /// <summary>
    /// Parses Markdown and returns its text blocks in document order, or null when Markdig refuses the text
    /// (elements nested deeper than its depth limit, such as thousands of "&gt;" or "[").
    /// </summary>
    public static IEnumerable<Piece>? Read(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
        var pieces = new List<Piece>();
        foreach (var block in document) Visit(block, BlockKind.Paragraph, markdown, pieces);
        return pieces;
    }

    private static void Visit(Markdig.Syntax.Block block, BlockKind context, string source, List<Piece> pieces)
    {
        switch (block)
        {
            case QuoteBlock quote:
                foreach (var child in quote) Visit(child, BlockKind.BlockQuote, source, pieces);
                break;
            case ListBlock list:
                foreach (var child in list) Visit(child, context == BlockKind.BlockQuote ? context : BlockKind.ListItem, source, pieces);
                break;
            case ContainerBlock container:
                foreach (var child in container) Visit(child, context, source, pieces);
                break;
            case HeadingBlock heading:
                pieces.Add(FromInlines(heading.Inline, BlockKind.Heading, source));
                break;
            case ParagraphBlock paragraph:
                pieces.Add(FromInlines(paragraph.Inline, context, source));
                break;
            case HtmlBlock or CodeBlock or ThematicBreakBlock:
                // Markup and code carry no prose to analyse.
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                pieces.Add(FromInlines(leaf.Inline, context, source));
                break;
        }
    }

    private static Piece FromInlines(ContainerInline? root, BlockKind kind, string source)
    {
        var text = new StringBuilder();
        var map = new SourceRunsBuilder();
        var links = new List<Link>();
        if (root is not null) Append(root, text, map, links, source);
        return new Piece(kind, DocumentTextBuilder.NormalizeLineBreaks(text.ToString()), map.ToRuns(), links);
    }

    // Walks the inlines with an explicit stack: Markdown such as "*****…x…*****" nests emphasis thousands
    // deep, which a recursive walk would turn into a stack overflow that kills the process.
    private static void Append(Inline root, StringBuilder text, SourceRunsBuilder map, List<Link> links, string source)
    {
        var stack = new Stack<(Inline Inline, bool LinkDone, int Start, int LinkCount)>();
        stack.Push((root, false, 0, 0));
        while (stack.Count > 0)
        {
            var (inline, linkDone, start, linkCount) = stack.Pop();
            if (linkDone)
            {
                EndLink((LinkInline)inline, start, linkCount, text, map, links);
                continue;
            }
            switch (inline)
            {
                case LiteralInline literal:
                    AppendMapped(literal.Content.AsSpan(), literal.Span.Start, literal.Span.Length, source, text, map);
                    break;
                case CodeInline code:
                    AppendMapped(code.Content, code.Span.Start, code.Span.Length, source, text, map);
                    break;
                case AutolinkInline auto:
                    {
                        int autoStart = text.Length;
                        AppendMapped(auto.Url, auto.Span.Start, auto.Span.Length, source, text, map);
                        links.Add(new Link(autoStart, text.Length, auto.Url));
                        break;
                    }
                case HtmlEntityInline entity:
                    AppendMapped(entity.Transcoded.AsSpan(), entity.Span.Start, entity.Span.Length, source, text, map);
                    break;
                case LineBreakInline br:
                    AppendMapped(" ", Math.Max(0, br.Span.Start), 0, source, text, map);
                    break;
                case HtmlInline:
                    break;
                case LinkInline link:
                    stack.Push((link, true, text.Length, links.Count));
                    PushChildren(link, stack);
                    break;
                case ContainerInline container:
                    PushChildren(container, stack);
                    break;
            }
        }
    }

    private static void PushChildren(ContainerInline container, Stack<(Inline, bool, int, int)> stack)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false, 0, 0));
    }

    // After a link's children were appended: an image's alt text is not prose of the body, nor are links
    // inside it; a link with a URL records its text range.
    private static void EndLink(LinkInline link, int start, int linkCount, StringBuilder text, SourceRunsBuilder map, List<Link> links)
    {
        if (link.IsImage)
        {
            text.Length = start;
            map.Truncate(start);
            links.RemoveRange(linkCount, links.Count - linkCount);
            return;
        }
        if (!string.IsNullOrEmpty(link.Url) && text.Length > start) links.Add(new Link(start, text.Length, link.Url));
    }

    /// <summary>
    /// Appends text whose source range is [spanStart, spanStart+spanLength) and maps each of its characters to
    /// the source character it came from: walking the source range alongside the text, a character is matched
    /// with the next equal source character a few characters ahead (skipping escapes' backslashes and the like);
    /// a character without one (a decoded entity) maps to the current source position.
    /// </summary>
    private static void AppendMapped(ReadOnlySpan<char> value, int spanStart, int spanLength, string source, StringBuilder text, SourceRunsBuilder map)
    {
        text.Append(value);
        int spanEnd = Math.Min(source.Length, Math.Max(spanStart, 0) + Math.Max(spanLength, 0));
        int p = Math.Max(0, Math.Min(spanStart, source.Length));
        int last = Math.Max(Math.Min(spanStart, source.Length - 1), 0);
        for (int i = 0; i < value.Length; i++)
        {
            int found = -1;
            for (int q = p; q < spanEnd && q < p + 8; q++)
                if (source[q] == value[i]) { found = q; break; }
            if (found >= 0)
            {
                map.Add(found);
                last = found;
                p = found + 1;
            }
            else
            {
                map.Add(p < spanEnd ? p : last);
            }
        }
    }
}
