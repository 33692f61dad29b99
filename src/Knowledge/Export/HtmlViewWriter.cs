using System.Net;
using System.Reflection;
using System.Text;
using Knowledge.Graph;
using Knowledge.Query;

namespace Knowledge.Export;

/// <summary>
/// Writes a graph as one self-contained HTML page that draws it: nodes coloured by type with a legend, pan and
/// zoom, a search box over labels and aliases, and a side panel that lists a selected speaker's quotes with their
/// dates, kind and document. The page makes no network request: its script and style are inlined, and a
/// Content-Security-Policy forbids fetching anything.
/// </summary>
/// <remarks>
/// <para>
/// The graph travels as JSON in a <c>&lt;script type="application/json" id="graph-data"&gt;</c> element (see
/// <see cref="HtmlViewData"/> for its shape). Every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> in it is escaped as
/// <c>\u003C</c>, <c>\u003E</c>, <c>\u0026</c>, so no label or quote can close the element or open a comment.
/// </para>
/// <para>
/// The layout is a force-directed one computed in the browser from a fixed seed (each node starts at a position
/// derived from its id), so the same graph always gives the same picture. Open the page with
/// <c>#select=&lt;node id&gt;</c> to select a node, or <c>#q=&lt;text&gt;</c> to search.
/// </para>
/// <para>Output is deterministic: the same graph gives byte-identical pages (UTF-8, no BOM, "\n" line ends).</para>
/// </remarks>
public static class HtmlViewWriter
{
    /// <summary>The page title used when none is given.</summary>
    public const string DefaultTitle = "Knowledge graph";

    private const string ResourcePrefix = "Knowledge.Export.Html.";

    /// <summary>Writes the page for <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 (no BOM). The stream is left open.</summary>
    /// <param name="graph">The graph to draw.</param>
    /// <param name="stream">Where the page goes.</param>
    /// <param name="title">The page's title and heading.</param>
    public static void Write(KnowledgeGraph graph, Stream stream, string title = DefaultTitle) => Write(graph, stream, title, quotes: null);

    /// <summary>As <see cref="Write(KnowledgeGraph, Stream, string)"/>, with the graph's quotes when the caller has found them already (<see cref="QuoteFinder.All"/>).</summary>
    internal static void Write(KnowledgeGraph graph, Stream stream, string title, IReadOnlyList<QuoteResult>? quotes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true)
        {
            NewLine = "\n",
        };
        Write(graph, writer, title, quotes, stream);
        writer.Flush();
    }

    /// <summary>Writes the page for <paramref name="graph"/> to <paramref name="writer"/>. The writer is left open.</summary>
    /// <param name="graph">The graph to draw.</param>
    /// <param name="writer">Where the page goes.</param>
    /// <param name="title">The page's title and heading.</param>
    public static void Write(KnowledgeGraph graph, TextWriter writer, string title = DefaultTitle) => Write(graph, writer, title, quotes: null);

    /// <summary>
    /// Writes the page; <paramref name="underlying"/>, when given, is the UTF-8 stream <paramref name="writer"/> writes
    /// to, which the graph's JSON is then written to directly (the writer flushed first).
    /// </summary>
    private static void Write(KnowledgeGraph graph, TextWriter writer, string title, IReadOnlyList<QuoteResult>? quotes, Stream? underlying = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(title);
        foreach (var (text, slot) in Template.Value)
        {
            writer.Write(text);
            switch (slot)
            {
                case "title": writer.Write(WebUtility.HtmlEncode(XmlChars.Clean(title))); break;
                case "style": writer.Write(Style.Value); break;
                case "script": writer.Write(Script.Value); break;
                case "data":
                    var all = quotes ?? new QuoteFinder(graph).All;
                    if (underlying is null) HtmlViewData.Write(graph, writer, all);
                    else
                    {
                        writer.Flush();
                        HtmlViewData.Write(graph, underlying, all);
                    }
                    break;
                case null: break;
                default: throw new InvalidOperationException($"The HTML template has an unknown slot {{{{{slot}}}}}.");
            }
        }
    }

    /// <summary>The template cut at its <c>{{slot}}</c> markers: each piece of text with the slot that follows it (null after the last).</summary>
    private static readonly Lazy<IReadOnlyList<(string Text, string? Slot)>> Template = new(() => Split(ReadResource("graph-view.html")));

    private static readonly Lazy<string> Style = new(() => ReadResource("graph-view.css"));

    /// <summary>The layout, then the view that uses it, in one script element.</summary>
    private static readonly Lazy<string> Script = new(() => ReadResource("graph-layout.js") + ReadResource("graph-panel.js") + ReadResource("graph-view.js"));

    /// <summary>The names of the embedded page resources, for checks that none can break out of its element.</summary>
    internal static IReadOnlyList<string> ResourceNames { get; } = ["graph-view.html", "graph-view.css", "graph-layout.js", "graph-panel.js", "graph-view.js"];

    /// <summary>An embedded resource's text with "\n" line ends, whatever the checkout did to them.</summary>
    internal static string ReadResource(string name)
    {
        var asm = typeof(HtmlViewWriter).GetTypeInfo().Assembly;
        using var stream = asm.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The resource '{name}' is not embedded in {asm.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static List<(string Text, string? Slot)> Split(string template)
    {
        var parts = new List<(string, string?)>();
        int at = 0;
        while (true)
        {
            int open = template.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0) break;
            int close = template.IndexOf("}}", open, StringComparison.Ordinal);
            if (close < 0) break;
            parts.Add((template[at..open], template[(open + 2)..close]));
            at = close + 2;
        }
        parts.Add((template[at..], null));
        return parts;
    }
}
