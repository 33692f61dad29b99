using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Knowledge.Text;

/// <summary>
/// Reads Markdown into plain-text blocks with Markdig: paragraphs, headings, block-quote
/// paragraphs and list items. Each block keeps, for every character, its offset in the Markdown
/// source (Markdig's precise source locations), and the links it contains with their URLs.
/// </summary>
internal static class MarkdownBlockReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseAutoLinks()
        .Build();

    /// <summary>A block of plain text read from Markdown.</summary>
    internal sealed record Piece(BlockKind Kind, string Text, int[] SourceOffsets, List<Link> Links);

    /// <summary>Parses Markdown and returns its text blocks in document order.</summary>
    public static IEnumerable<Piece> Read(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
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
        var map = new List<int>();
        var links = new List<Link>();
        if (root is not null) Append(root, text, map, links, source);
        return new Piece(kind, DocumentTextBuilder.NormalizeLineBreaks(text.ToString()), map.ToArray(), links);
    }

    private static void Append(Inline inline, StringBuilder text, List<int> map, List<Link> links, string source)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AppendMapped(literal.Content.ToString(), literal.Span.Start, literal.Span.Length, text, map);
                break;
            case CodeInline code:
                AppendMapped(code.Content, code.Span.Start + code.DelimiterCount, code.Content.Length, text, map);
                break;
            case AutolinkInline auto:
                {
                    int start = text.Length;
                    AppendMapped(auto.Url, auto.Span.Start + 1, auto.Url.Length, text, map);
                    links.Add(new Link(start, text.Length, auto.Url));
                    break;
                }
            case HtmlEntityInline entity:
                AppendMapped(entity.Transcoded.ToString(), entity.Span.Start, entity.Span.Length, text, map);
                break;
            case LineBreakInline br:
                AppendMapped(" ", Math.Max(0, br.Span.Start), 1, text, map);
                break;
            case HtmlInline:
                break;
            case LinkInline link:
                {
                    int start = text.Length;
                    foreach (var child in link) Append(child, text, map, links, source);
                    if (link.IsImage)
                    {
                        // An image's alt text is not prose of the body.
                        text.Length = start;
                        map.RemoveRange(start, map.Count - start);
                        break;
                    }
                    if (!string.IsNullOrEmpty(link.Url)) links.Add(new Link(start, text.Length, link.Url));
                    break;
                }
            case ContainerInline container:
                foreach (var child in container) Append(child, text, map, links, source);
                break;
        }
    }

    /// <summary>Appends text whose source range is [spanStart, spanStart+spanLength); maps 1:1 when lengths agree.</summary>
    private static void AppendMapped(string value, int spanStart, int spanLength, StringBuilder text, List<int> map)
    {
        text.Append(value);
        int last = Math.Max(0, spanLength - 1);
        for (int i = 0; i < value.Length; i++)
            map.Add(spanStart + (value.Length == spanLength ? i : Math.Min(i, last)));
    }
}
