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

    private const int FlushThreshold = 16 * 1024;

    /// <summary>The object's property names, encoded once with their quotes (plain ASCII words, which no escaping changes).</summary>
    private static class Names
    {
        public static readonly byte[] Id = Utf8JsonOutput.EncodeQuoted("id");
        public static readonly byte[] Type = Utf8JsonOutput.EncodeQuoted("type");
        public static readonly byte[] Label = Utf8JsonOutput.EncodeQuoted("label");
        public static readonly byte[] Aliases = Utf8JsonOutput.EncodeQuoted("aliases");
        public static readonly byte[] Props = Utf8JsonOutput.EncodeQuoted("props");
        public static readonly byte[] Nodes = Utf8JsonOutput.EncodeQuoted("nodes");
        public static readonly byte[] Edges = Utf8JsonOutput.EncodeQuoted("edges");
        public static readonly byte[] Quotes = Utf8JsonOutput.EncodeQuoted("quotes");
        public static readonly byte[] Node = Utf8JsonOutput.EncodeQuoted("node");
        public static readonly byte[] Speaker = Utf8JsonOutput.EncodeQuoted("speaker");
        public static readonly byte[] Text = Utf8JsonOutput.EncodeQuoted("text");
        public static readonly byte[] Kind = Utf8JsonOutput.EncodeQuoted("kind");
        public static readonly byte[] Date = Utf8JsonOutput.EncodeQuoted("date");
        public static readonly byte[] DateSource = Utf8JsonOutput.EncodeQuoted("dateSource");
        public static readonly byte[] DocId = Utf8JsonOutput.EncodeQuoted("docId");
        public static readonly byte[] DocNode = Utf8JsonOutput.EncodeQuoted("docNode");
        public static readonly byte[] Document = Utf8JsonOutput.EncodeQuoted("document");
        public static readonly byte[] Role = Utf8JsonOutput.EncodeQuoted("role");
        public static readonly byte[] About = Utf8JsonOutput.EncodeQuoted("about");
    }

    /// <summary>The shown properties' names, encoded once, in <see cref="ShownProperties"/>' order.</summary>
    private static readonly byte[][] ShownNames = [.. ShownProperties.Select(static p => Utf8JsonOutput.EncodeQuoted(p, JsonStringEscaping.Html))];

    private static readonly byte[][] NodeTypeNames = EncodeAll(Enum.GetValues<NodeType>(), static t => TypeNames.Of(t));
    private static readonly byte[][] EdgeTypeNames = EncodeAll(Enum.GetValues<EdgeType>(), static t => TypeNames.Of(t));

    /// <summary>The enum's names, encoded, indexed by value (a value without a member keeps an empty slot, never read: the lookups check the range only, as <see cref="TypeNames"/> does).</summary>
    private static byte[][] EncodeAll<T>(T[] values, Func<T, string> name) where T : struct, Enum
    {
        int count = 0;
        foreach (var v in values) count = Math.Max(count, Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) + 1);
        var encoded = new byte[count][];
        for (int i = 0; i < count; i++) encoded[i] = Utf8JsonOutput.EncodeQuoted(name((T)Enum.ToObject(typeof(T), i)), JsonStringEscaping.Html);
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

        // Lone surrogates are dropped by the escaping (the page's JSON must be valid UTF-8), found only in a string the
        // transcoder refuses: no string is scanned for them beforehand.
        using var w = new Utf8JsonOutput(utf8, indented: false, JsonStringEscaping.Html, initialCapacity: 2 * FlushThreshold);
        w.StartObject();
        w.Name(Names.Nodes);
        w.StartArray();
        foreach (var node in graph.Nodes)
        {
            WriteNode(w, node);
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.EndArray();
        w.Name(Names.Edges);
        w.StartArray();
        foreach (var edge in graph.Edges)
        {
            w.StartArray();
            w.Number(IndexOf(edge.Source, position, index));
            w.Number(IndexOf(edge.Target, position, index));
            w.Encoded(EdgeTypeName(edge.Type));
            w.EndArray();
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.EndArray();
        w.Name(Names.Quotes);
        w.StartArray();
        foreach (var quote in quotes)
        {
            WriteQuote(w, quote, index, documents);
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.EndArray();
        w.EndObject();
        w.Flush();
    }

    /// <summary>A node's index: by reference, else by id (a node object equal to the graph's but not the same).</summary>
    private static int IndexOf(GraphNode node, Dictionary<GraphNode, int> position, Dictionary<string, int> index) =>
        position.TryGetValue(node, out int i) ? i : index[node.Id];

    private static byte[] NodeTypeName(NodeType type) =>
        (uint)type < (uint)NodeTypeNames.Length ? NodeTypeNames[(int)type] : Utf8JsonOutput.EncodeQuoted(TypeNames.Of(type), JsonStringEscaping.Html);

    private static byte[] EdgeTypeName(EdgeType type) =>
        (uint)type < (uint)EdgeTypeNames.Length ? EdgeTypeNames[(int)type] : Utf8JsonOutput.EncodeQuoted(TypeNames.Of(type), JsonStringEscaping.Html);

    private static void WriteNode(Utf8JsonOutput w, GraphNode node)
    {
        w.StartObject();
        w.Property(Names.Id, node.Id);
        w.Property(Names.Type, NodeTypeName(node.Type));
        w.Property(Names.Label, node.Label);
        if (!node.Aliases.IsDefaultOrEmpty)
        {
            w.Name(Names.Aliases);
            w.StartArray();
            foreach (var a in node.Aliases) w.String(a);
            w.EndArray();
        }
        bool open = false;
        Span<char> buffer = stackalloc char[64];
        for (int k = 0; k < ShownNames.Length; k++)
        {
            if (node[ShownProperties[k]] is not { } value) continue;
            if (!open)
            {
                w.Name(Names.Props);
                w.StartObject();
                open = true;
            }
            // A date or number is formatted in place; text and lists as strings.
            w.Name(ShownNames[k]);
            if (value is not string && PropertyValues.TryFormat(value, buffer, out int n)) w.String(buffer[..n]);
            else w.String(PropertyValues.Format(value, ", "));
        }
        if (open) w.EndObject();
        w.EndObject();
    }

    private static void WriteQuote(Utf8JsonOutput w, QuoteResult q, Dictionary<string, int> index, Dictionary<string, int> documents)
    {
        w.StartObject();
        w.Property(Names.Id, q.Id);
        WriteIndex(w, Names.Node, q.Id, index);
        WriteIndex(w, Names.Speaker, q.SpeakerId, index);
        w.Property(Names.Text, q.Text);
        w.Property(Names.Kind, q.Kind);
        w.PropertyOrNull(Names.Date, q.Date?.Iso);
        w.Property(Names.DateSource, q.DateSource);
        w.Property(Names.DocId, q.DocumentId);
        w.Name(Names.DocNode);
        if (documents.TryGetValue(q.DocumentId, out int doc)) w.Number(doc);
        else w.Null();
        w.PropertyOrNull(Names.Document, q.DocumentTitle);
        WriteRole(w, q.Role);
        w.Name(Names.About);
        w.StartArray();
        foreach (var a in q.About) w.String(a);
        w.EndArray();
        w.EndObject();
    }

    /// <summary>The role as <see cref="SpeakerRole.ToString"/> gives it ("title, organization"), joined in a pooled buffer rather than a string per quote.</summary>
    private static void WriteRole(Utf8JsonOutput w, SpeakerRole? role)
    {
        if (role?.Organization is not { } organization)
        {
            w.PropertyOrNull(Names.Role, role?.Title);
            return;
        }
        int length = role.Title.Length + 2 + organization.Length;
        var joined = System.Buffers.ArrayPool<char>.Shared.Rent(length);
        role.Title.CopyTo(joined);
        joined[role.Title.Length] = ',';
        joined[role.Title.Length + 1] = ' ';
        organization.CopyTo(0, joined, role.Title.Length + 2, organization.Length);
        w.Name(Names.Role);
        w.String(joined.AsSpan(0, length));
        System.Buffers.ArrayPool<char>.Shared.Return(joined);
    }

    private static void WriteIndex(Utf8JsonOutput w, byte[] name, string? id, Dictionary<string, int> index)
    {
        w.Name(name);
        if (id is not null && index.TryGetValue(id, out int i)) w.Number(i);
        else w.Null();
    }
}
