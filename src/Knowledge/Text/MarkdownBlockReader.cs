using Knowledge.Syntax;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Knowledge.Text;

/// <summary>
/// Reads Markdown into plain-text blocks with Markdig: paragraphs, headings, block-quote
/// paragraphs and list items, written straight into the document's <see cref="DocumentTextAssembler"/>. Each block
/// keeps, for every character, its offset in the Markdown source (Markdig's precise source locations) as runs of
/// consecutive offsets, and the links it contains with their URLs.
/// </summary>
internal static class MarkdownBlockReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseAutoLinks()
        .Build();

    // Pipelines whose autolink parser is tried only at the opening characters of the prefixes a body holds, by
    // AutolinkPrefixes (none at all for a body without any), built when first needed. The extension's parser can match
    // only where its prefix follows, yet it is tried at every 'h', 'f', 'm', 't' and 'w' of the text, each try ending
    // the literal being read: narrowed, the parse gives the same blocks, text and offsets (the specs compare them) in
    // far fewer steps. A race builds a pipeline twice, equal ones.
    private static readonly MarkdownPipeline?[] PipelinesByPrefixes = new MarkdownPipeline?[16];

    private static MarkdownPipeline PipelineFor(AutolinkPrefixes prefixes) =>
        PipelinesByPrefixes[(int)prefixes] ??= NarrowedPipeline(prefixes);

    private static MarkdownPipeline NarrowedPipeline(AutolinkPrefixes prefixes)
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        if (prefixes == AutolinkPrefixes.None) return builder.Build();
        var opening = new List<char>(5);
        if ((prefixes & AutolinkPrefixes.Scheme) != 0) opening.AddRange(['h', 'f']);
        if ((prefixes & AutolinkPrefixes.Mailto) != 0) opening.Add('m');
        if ((prefixes & AutolinkPrefixes.Tel) != 0) opening.Add('t');
        if ((prefixes & AutolinkPrefixes.Www) != 0) opening.Add('w');
        // Where UseAutoLinks puts it: first among the inline parsers.
        builder.InlineParsers.Insert(0, new AutoLinkParser(new AutoLinkOptions()) { OpeningCharacters = [.. opening] });
        return builder.Build();
    }

    // The inline walk's stack, kept for the thread's next document: it is empty between documents.
    [ThreadStatic] private static Stack<(Inline, bool, int, int)>? t_inlines;

    /// <summary>
    /// Parses Markdown and adds its text blocks, in document order, to <paramref name="text"/>; false (and nothing
    /// added) when Markdig refuses the text (elements nested deeper than its depth limit, such as thousands of
    /// "&gt;" or "[").
    /// </summary>
    public static bool Read(string markdown, DocumentTextAssembler text) => Read(markdown, text, autolinkShortcut: true);

    /// <summary>
    /// As <see cref="Read(string, DocumentTextAssembler)"/>; <paramref name="autolinkShortcut"/> false parses with the
    /// whole autolink extension, tried at every character that opens one of its prefixes even where the body holds no
    /// such prefix, which the specs use to prove the shortcut exact.
    /// </summary>
    internal static bool Read(string markdown, DocumentTextAssembler text, bool autolinkShortcut)
    {
        var pipeline = autolinkShortcut ? PipelineFor(PlainProse.AutolinkPrefixesIn(markdown)) : Pipeline;
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            return false;
        }
        var inlines = t_inlines ??= new Stack<(Inline, bool, int, int)>();
        inlines.Clear();
        foreach (var block in document) Visit(block, BlockKind.Paragraph, new Walk(markdown, text, inlines));
        return true;
    }

    // What a walk over one document's blocks carries: the Markdown source, where its text goes, and the stack of
    // the inline walk, reused by every block.
    private readonly record struct Walk(string Source, DocumentTextAssembler Text, Stack<(Inline, bool, int, int)> Inlines);

    private static void Visit(Markdig.Syntax.Block block, BlockKind context, Walk walk)
    {
        switch (block)
        {
            case QuoteBlock quote:
                foreach (var child in quote) Visit(child, BlockKind.BlockQuote, walk);
                break;
            case ListBlock list:
                foreach (var child in list) Visit(child, context == BlockKind.BlockQuote ? context : BlockKind.ListItem, walk);
                break;
            case ContainerBlock container:
                foreach (var child in container) Visit(child, context, walk);
                break;
            case HeadingBlock heading:
                AddInlines(heading.Inline, BlockKind.Heading, walk);
                break;
            case ParagraphBlock paragraph:
                AddInlines(paragraph.Inline, context, walk);
                break;
            case HtmlBlock or CodeBlock or ThematicBreakBlock:
                // Markup and code carry no prose to analyse.
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                AddInlines(leaf.Inline, context, walk);
                break;
        }
    }

    private static void AddInlines(ContainerInline? root, BlockKind kind, Walk walk)
    {
        walk.Text.BeginBlock();
        if (root is not null) Append(root, walk.Text, walk.Source, walk.Inlines);
        walk.Text.EndBlock(kind, SourceField.Body);
    }

    // Walks the inlines with an explicit stack: Markdown such as "*****…x…*****" nests emphasis thousands
    // deep, which a recursive walk would turn into a stack overflow that kills the process.
    private static void Append(Inline root, DocumentTextAssembler text, string source, Stack<(Inline Inline, bool LinkDone, int Start, int LinkCount)> stack)
    {
        stack.Push((root, false, 0, 0));
        while (stack.Count > 0)
        {
            var (inline, linkDone, start, linkCount) = stack.Pop();
            if (linkDone)
            {
                EndLink((LinkInline)inline, start, linkCount, text);
                continue;
            }
            switch (inline)
            {
                case LiteralInline literal:
                    AppendMapped(literal.Content.AsSpan(), literal.Span.Start, literal.Span.Length, source, text);
                    break;
                case CodeInline code:
                    AppendMapped(code.Content, code.Span.Start, code.Span.Length, source, text);
                    break;
                case AutolinkInline auto:
                    {
                        int autoStart = text.BlockLength;
                        AppendMapped(auto.Url, auto.Span.Start, auto.Span.Length, source, text);
                        text.AddLink(autoStart, text.BlockLength, auto.Url);
                        break;
                    }
                case HtmlEntityInline entity:
                    AppendMapped(entity.Transcoded.AsSpan(), entity.Span.Start, entity.Span.Length, source, text);
                    break;
                case LineBreakInline br:
                    AppendMapped(" ", Math.Max(0, br.Span.Start), 0, source, text);
                    break;
                case HtmlInline:
                    break;
                case LinkInline link:
                    stack.Push((link, true, text.BlockLength, text.BlockLinkCount));
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
    private static void EndLink(LinkInline link, int start, int linkCount, DocumentTextAssembler text)
    {
        if (link.IsImage)
        {
            text.TruncateBlock(start);
            text.RemoveLinksFrom(linkCount);
            return;
        }
        if (!string.IsNullOrEmpty(link.Url) && text.BlockLength > start) text.AddLink(start, text.BlockLength, link.Url);
    }

    /// <summary>
    /// Appends text whose source range is [spanStart, spanStart+spanLength) and maps each of its characters to
    /// the source character it came from: walking the source range alongside the text, a character is matched
    /// with the next equal source character a few characters ahead (skipping escapes' backslashes and the like);
    /// a character without one (a decoded entity) maps to the current source position.
    /// </summary>
    private static void AppendMapped(ReadOnlySpan<char> value, int spanStart, int spanLength, string source, DocumentTextAssembler text)
    {
        text.Append(value);
        var map = text.Map;
        int spanEnd = Math.Min(source.Length, Math.Max(spanStart, 0) + Math.Max(spanLength, 0));
        int p = Math.Max(0, Math.Min(spanStart, source.Length));
        int last = Math.Max(Math.Min(spanStart, source.Length - 1), 0);
        for (int i = 0; i < value.Length;)
        {
            // Most text is copied from the source as it is: a run of characters equal to the source's from p on maps
            // to consecutive offsets, exactly as matching them one by one at distance 0 would.
            if (p < spanEnd)
            {
                int same = value[i..].CommonPrefixLength(source.AsSpan(p, spanEnd - p));
                if (same > 0)
                {
                    map.AddRange(p, same);
                    i += same;
                    p += same;
                    last = p - 1;
                    continue;
                }
            }
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
            i++;
        }
    }
}
