using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Knowledge.Graph;
using Knowledge.Query;

namespace Knowledge.Export;

/// <summary>
/// The JSON that <see cref="HtmlViewWriter"/> embeds in its page:
/// <c>{"nodes":[{"id","type","label","aliases"?,"props"?}],"edges":[[sourceIndex,targetIndex,"TYPE"]],
/// "quotes":[{"id","node","speaker","text","kind","date","dateSource","docId","docNode","document","role","about"}]}</c>.
/// Edges and quotes (<c>node</c>, <c>speaker</c>, <c>docNode</c>) refer to nodes by their index in <c>nodes</c> (null when there is none); quotes are in
/// <see cref="QuoteFinder.All"/>'s order (by date, undated last). <c>props</c> holds the few node properties the
/// page shows (dates, event type and summary, a role's organisation), never file paths.
/// </summary>
internal static class HtmlViewData
{
    /// <summary>The node properties the page shows, in this order.</summary>
    public static readonly IReadOnlyList<string> ShownProperties =
        ["published", "date", "dateSource", "eventType", "summary", "organization", "kind", "tags"];

    /// <summary>
    /// Escapes what HTML could read as markup (<c>&lt; &gt; &amp; ' "</c> and <c>+</c>) as <c>\uXXXX</c>, so the
    /// JSON can sit inside a script element; other characters stay as they are.
    /// </summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private const int FlushThreshold = 16 * 1024;

    /// <summary>Writes the graph as the page's JSON (compact, deterministic, safe to put inside a script element), streamed: no string of the whole.</summary>
    public static void Write(KnowledgeGraph graph, TextWriter writer) => Write(graph, writer, new QuoteFinder(graph).All);

    /// <summary>As <see cref="Write(KnowledgeGraph, TextWriter)"/>, with the graph's quotes as <see cref="QuoteFinder.All"/> gives them, found once by a caller that writes them elsewhere too.</summary>
    public static void Write(KnowledgeGraph graph, TextWriter writer, IReadOnlyList<QuoteResult> quotes)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Write(graph, new TextWriterStream(writer), quotes);
    }

    /// <summary>
    /// As <see cref="Write(KnowledgeGraph, TextWriter, IReadOnlyList{QuoteResult})"/>, as UTF-8 bytes straight to
    /// <paramref name="utf8"/>: a page written to a stream need not decode the JSON's bytes to text and encode them back.
    /// </summary>
    public static void Write(KnowledgeGraph graph, Stream utf8, IReadOnlyList<QuoteResult> quotes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(quotes);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < graph.Nodes.Length; i++)
        {
            var node = graph.Nodes[i];
            index[node.Id] = i;
            if (node.Type == NodeType.Document) documents.TryAdd(node["docId"]?.ToString() ?? node.Id, i);
        }

        using (var w = new Utf8JsonWriter(utf8, new JsonWriterOptions { Encoder = Encoder }))
        {
            w.WriteStartObject();
            w.WriteStartArray("nodes");
            foreach (var node in graph.Nodes)
            {
                WriteNode(w, node);
                if (w.BytesPending > FlushThreshold) w.Flush();
            }
            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var edge in graph.Edges)
            {
                w.WriteStartArray();
                w.WriteNumberValue(index[edge.Source.Id]);
                w.WriteNumberValue(index[edge.Target.Id]);
                w.WriteStringValue(TypeNames.Of(edge.Type));
                w.WriteEndArray();
                if (w.BytesPending > FlushThreshold) w.Flush();
            }
            w.WriteEndArray();
            w.WriteStartArray("quotes");
            foreach (var quote in quotes)
            {
                WriteQuote(w, quote, index, documents);
                if (w.BytesPending > FlushThreshold) w.Flush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    private static void WriteNode(Utf8JsonWriter w, GraphNode node)
    {
        w.WriteStartObject();
        w.WriteString("id", Clean(node.Id));
        w.WriteString("type", TypeNames.Of(node.Type));
        w.WriteString("label", Clean(node.Label));
        if (!node.Aliases.IsDefaultOrEmpty)
        {
            w.WriteStartArray("aliases");
            foreach (var a in node.Aliases) w.WriteStringValue(Clean(a));
            w.WriteEndArray();
        }
        bool open = false;
        foreach (var key in ShownProperties)
        {
            if (node[key] is not { } value) continue;
            if (!open)
            {
                w.WriteStartObject("props");
                open = true;
            }
            w.WriteString(key, Clean(PropertyValues.Format(value, ", ")));
        }
        if (open) w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter w, QuoteResult q, Dictionary<string, int> index, Dictionary<string, int> documents)
    {
        w.WriteStartObject();
        w.WriteString("id", Clean(q.Id));
        WriteIndex(w, "node", q.Id, index);
        WriteIndex(w, "speaker", q.SpeakerId, index);
        w.WriteString("text", Clean(q.Text));
        w.WriteString("kind", q.Kind);
        WriteOptional(w, "date", q.Date?.Iso);
        w.WriteString("dateSource", q.DateSource);
        w.WriteString("docId", Clean(q.DocumentId));
        if (documents.TryGetValue(q.DocumentId, out int doc)) w.WriteNumber("docNode", doc);
        else w.WriteNull("docNode");
        WriteOptional(w, "document", q.DocumentTitle);
        WriteOptional(w, "role", q.Role?.ToString());
        w.WriteStartArray("about");
        foreach (var a in q.About) w.WriteStringValue(Clean(a));
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIndex(Utf8JsonWriter w, string name, string? id, Dictionary<string, int> index)
    {
        if (id is not null && index.TryGetValue(id, out int i)) w.WriteNumber(name, i);
        else w.WriteNull(name);
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, Clean(value));
    }

    private static string Clean(string s) => XmlChars.DropLoneSurrogates(s);
}
