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

    /// <summary>The object's property names, encoded once: a string name is transcoded and checked for escaping on every write.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Aliases = JsonEncodedText.Encode("aliases");
        public static readonly JsonEncodedText Props = JsonEncodedText.Encode("props");
        public static readonly JsonEncodedText Nodes = JsonEncodedText.Encode("nodes");
        public static readonly JsonEncodedText Edges = JsonEncodedText.Encode("edges");
        public static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");
        public static readonly JsonEncodedText Node = JsonEncodedText.Encode("node");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText DateSource = JsonEncodedText.Encode("dateSource");
        public static readonly JsonEncodedText DocId = JsonEncodedText.Encode("docId");
        public static readonly JsonEncodedText DocNode = JsonEncodedText.Encode("docNode");
        public static readonly JsonEncodedText Document = JsonEncodedText.Encode("document");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText About = JsonEncodedText.Encode("about");
    }

    /// <summary>The shown properties' names, encoded once, in <see cref="ShownProperties"/>' order.</summary>
    private static readonly JsonEncodedText[] ShownNames = [.. ShownProperties.Select(static p => JsonEncodedText.Encode(p, Encoder))];

    private static readonly JsonEncodedText[] NodeTypeNames = EncodeAll(Enum.GetValues<NodeType>(), static t => TypeNames.Of(t));
    private static readonly JsonEncodedText[] EdgeTypeNames = EncodeAll(Enum.GetValues<EdgeType>(), static t => TypeNames.Of(t));

    /// <summary>The enum's names, encoded, indexed by value (a value without a member keeps a default slot, never read: the lookups check the range only, as <see cref="TypeNames"/> does).</summary>
    private static JsonEncodedText[] EncodeAll<T>(T[] values, Func<T, string> name) where T : struct, Enum
    {
        int count = 0;
        foreach (var v in values) count = Math.Max(count, Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) + 1);
        var encoded = new JsonEncodedText[count];
        for (int i = 0; i < count; i++) encoded[i] = JsonEncodedText.Encode(name((T)Enum.ToObject(typeof(T), i)), Encoder);
        return encoded;
    }


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
        var index = new Dictionary<string, int>(graph.Nodes.Length, StringComparer.Ordinal);
        // Edges' ends are the graph's own node objects: found by reference, no id hashed per edge (by id otherwise).
        var position = new Dictionary<GraphNode, int>(graph.Nodes.Length, ReferenceEqualityComparer.Instance);
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < graph.Nodes.Length; i++)
        {
            var node = graph.Nodes[i];
            index[node.Id] = i;
            position[node] = i;
            if (node.Type == NodeType.Document) documents.TryAdd(node["docId"]?.ToString() ?? node.Id, i);
        }

        using (var w = new Utf8JsonWriter(utf8, new JsonWriterOptions { Encoder = Encoder }))
        {
            w.WriteStartObject();
            w.WriteStartArray(Names.Nodes);
            foreach (var node in graph.Nodes)
            {
                WriteNode(w, node);
                if (w.BytesPending > FlushThreshold) w.Flush();
            }
            w.WriteEndArray();
            w.WriteStartArray(Names.Edges);
            foreach (var edge in graph.Edges)
            {
                w.WriteStartArray();
                w.WriteNumberValue(IndexOf(edge.Source, position, index));
                w.WriteNumberValue(IndexOf(edge.Target, position, index));
                w.WriteStringValue(EdgeTypeName(edge.Type));
                w.WriteEndArray();
                if (w.BytesPending > FlushThreshold) w.Flush();
            }
            w.WriteEndArray();
            w.WriteStartArray(Names.Quotes);
            foreach (var quote in quotes)
            {
                WriteQuote(w, quote, index, documents);
                if (w.BytesPending > FlushThreshold) w.Flush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    /// <summary>A node's index: by reference, else by id (a node object equal to the graph's but not the same).</summary>
    private static int IndexOf(GraphNode node, Dictionary<GraphNode, int> position, Dictionary<string, int> index) =>
        position.TryGetValue(node, out int i) ? i : index[node.Id];

    private static JsonEncodedText NodeTypeName(NodeType type) =>
        (uint)type < (uint)NodeTypeNames.Length ? NodeTypeNames[(int)type] : JsonEncodedText.Encode(TypeNames.Of(type), Encoder);

    private static JsonEncodedText EdgeTypeName(EdgeType type) =>
        (uint)type < (uint)EdgeTypeNames.Length ? EdgeTypeNames[(int)type] : JsonEncodedText.Encode(TypeNames.Of(type), Encoder);

    private static void WriteNode(Utf8JsonWriter w, GraphNode node)
    {
        w.WriteStartObject();
        w.WriteString(Names.Id, Clean(node.Id));
        w.WriteString(Names.Type, NodeTypeName(node.Type));
        w.WriteString(Names.Label, Clean(node.Label));
        if (!node.Aliases.IsDefaultOrEmpty)
        {
            w.WriteStartArray(Names.Aliases);
            foreach (var a in node.Aliases) w.WriteStringValue(Clean(a));
            w.WriteEndArray();
        }
        bool open = false;
        Span<char> buffer = stackalloc char[64];
        for (int k = 0; k < ShownNames.Length; k++)
        {
            if (node[ShownProperties[k]] is not { } value) continue;
            if (!open)
            {
                w.WriteStartObject(Names.Props);
                open = true;
            }
            // A date or number is formatted in place (its text has no surrogate to drop); text and lists as strings.
            if (value is not string && PropertyValues.TryFormat(value, buffer, out int n)) w.WriteString(ShownNames[k], buffer[..n]);
            else w.WriteString(ShownNames[k], Clean(PropertyValues.Format(value, ", ")));
        }
        if (open) w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter w, QuoteResult q, Dictionary<string, int> index, Dictionary<string, int> documents)
    {
        w.WriteStartObject();
        w.WriteString(Names.Id, Clean(q.Id));
        WriteIndex(w, Names.Node, q.Id, index);
        WriteIndex(w, Names.Speaker, q.SpeakerId, index);
        w.WriteString(Names.Text, Clean(q.Text));
        w.WriteString(Names.Kind, q.Kind);
        WriteOptional(w, Names.Date, q.Date?.Iso);
        w.WriteString(Names.DateSource, q.DateSource);
        w.WriteString(Names.DocId, Clean(q.DocumentId));
        if (documents.TryGetValue(q.DocumentId, out int doc)) w.WriteNumber(Names.DocNode, doc);
        else w.WriteNull(Names.DocNode);
        WriteOptional(w, Names.Document, q.DocumentTitle);
        WriteOptional(w, Names.Role, q.Role?.ToString());
        w.WriteStartArray(Names.About);
        foreach (var a in q.About) w.WriteStringValue(Clean(a));
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIndex(Utf8JsonWriter w, JsonEncodedText name, string? id, Dictionary<string, int> index)
    {
        if (id is not null && index.TryGetValue(id, out int i)) w.WriteNumber(name, i);
        else w.WriteNull(name);
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, Clean(value));
    }

    private static string Clean(string s) => XmlChars.DropLoneSurrogates(s);
}
