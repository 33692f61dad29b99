using System.Collections.Immutable;
using System.Globalization;
using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>
/// Writes a graph as the JSON export the scorer reads (see <c>eval/score.py</c>):
/// <c>{"nodes":[{"id","type","label","aliases",…properties,"mentions"}],"edges":[{"source","target","type","label","weight",…properties,"evidence"}]}</c>.
/// Output is indented or compact as <see cref="JsonExportOptions"/> says (indented up to
/// <see cref="JsonExportOptions.AutoIndentMaxNodes"/> nodes by default), deterministic (nodes and edges in the
/// graph's order, properties by key) and streamed: the writer flushes to the stream as it goes instead of building
/// the document in memory, and builds no string per node or edge.
/// </summary>
/// <remarks>
/// Property values: strings, booleans, numbers, <see cref="DateOnly"/> (yyyy-MM-dd), <see cref="DateTime"/>
/// (ISO round-trip) and string sequences (arrays); anything else as its invariant text. Doubles always
/// carry a fraction or exponent so <see cref="JsonGraphReader"/> reads them back as doubles. A property
/// whose key is a structural field (id, type, label, aliases, mentions, source, target, weight, evidence,
/// properties) or starts with <c>p_</c> is written with a <c>p_</c> prefix. Lone surrogates are dropped.
/// The bytes are laid out by <see cref="Utf8JsonOutput"/>, exactly as <see cref="System.Text.Json.Utf8JsonWriter"/>
/// wrote them; what repeats is encoded once: structural names, type names and labels (per type), property names (per
/// key) and document ids (per document).
/// </remarks>
public static class JsonGraphWriter
{
    private const int FlushThreshold = 128 * 1024;

    private static readonly byte[] Nodes = Utf8JsonOutput.EncodeQuoted("nodes");
    private static readonly byte[] Edges = Utf8JsonOutput.EncodeQuoted("edges");
    private static readonly byte[] Id = Utf8JsonOutput.EncodeQuoted("id");
    private static readonly byte[] Type = Utf8JsonOutput.EncodeQuoted("type");
    private static readonly byte[] Label = Utf8JsonOutput.EncodeQuoted("label");
    private static readonly byte[] Aliases = Utf8JsonOutput.EncodeQuoted("aliases");
    private static readonly byte[] Mentions = Utf8JsonOutput.EncodeQuoted("mentions");
    private static readonly byte[] Source = Utf8JsonOutput.EncodeQuoted("source");
    private static readonly byte[] Target = Utf8JsonOutput.EncodeQuoted("target");
    private static readonly byte[] Weight = Utf8JsonOutput.EncodeQuoted("weight");
    private static readonly byte[] Evidence = Utf8JsonOutput.EncodeQuoted("evidence");

    /// <summary>Each node type's name, indexed by <see cref="NodeType"/>.</summary>
    private static readonly byte[][] NodeTypeNames = Array.ConvertAll(Enum.GetValues<NodeType>(), t => Utf8JsonOutput.EncodeQuoted(TypeNames.Of(t)));

    /// <summary>Each edge type's name, indexed by <see cref="EdgeType"/>.</summary>
    private static readonly byte[][] EdgeTypeNames = Array.ConvertAll(Enum.GetValues<EdgeType>(), t => Utf8JsonOutput.EncodeQuoted(TypeNames.Of(t)));

    /// <summary>Each edge type's label, indexed by <see cref="EdgeType"/>.</summary>
    private static readonly byte[][] EdgeLabels = Array.ConvertAll(Enum.GetValues<EdgeType>(), t => Utf8JsonOutput.EncodeQuoted(TypeNames.LabelOf(t)));

    private static readonly byte[] True = "true"u8.ToArray();
    private static readonly byte[] False = "false"u8.ToArray();

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON (no BOM), with the default options. The stream is left open.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream) => Write(graph, stream, new JsonExportOptions());

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON (no BOM). The stream is left open.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream, JsonExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        using var output = new Utf8JsonOutput(stream, options.IsIndented(graph));
        var state = new WriteState(output);
        output.StartObject();
        output.Name(Nodes);
        output.StartArray();
        foreach (var node in graph.Nodes)
        {
            WriteNode(state, node);
            if (output.BytesPending > FlushThreshold) output.Flush();
        }
        output.EndArray();
        output.Name(Edges);
        output.StartArray();
        foreach (var edge in graph.Edges)
        {
            WriteEdge(state, edge);
            if (output.BytesPending > FlushThreshold) output.Flush();
        }
        output.EndArray();
        output.EndObject();
        output.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>What one export keeps between nodes and edges: the output and the encodings made once.</summary>
    private sealed class WriteState(Utf8JsonOutput output)
    {
        public Utf8JsonOutput Output { get; } = output;
        public EncodedPropertyNames Names { get; } = new();
        public Dictionary<string, byte[]> DocIds { get; } = new(StringComparer.Ordinal);
        public string? LastDocId { get; set; }
        public byte[] LastDocIdBytes { get; set; } = [];

        /// <summary>The source of the edge written last, and its id encoded.</summary>
        public GraphNode? LastSource { get; set; }
        public byte[] LastSourceBytes { get; set; } = [];

        /// <summary>The pieces of the provenance entries last written (every node's and edge's are at one depth).</summary>
        public ProvenanceJsonLayout? Provenance { get; set; }
    }

    private static void WriteNode(WriteState state, GraphNode node)
    {
        var o = state.Output;
        o.StartObject();
        o.Name(Id);
        o.String(node.Id);
        o.Property(Type, (uint)node.Type < (uint)NodeTypeNames.Length ? NodeTypeNames[(int)node.Type] : Utf8JsonOutput.EncodeQuoted(TypeNames.Of(node.Type)));
        o.Name(Label);
        o.String(node.Label);
        o.Name(Aliases);
        o.StartArray();
        foreach (var a in node.Aliases) o.String(a);
        o.EndArray();
        WriteProperties(state, node.Properties);
        WriteProvenance(state, Mentions, node.Mentions);
        o.EndObject();
    }

    private static void WriteEdge(WriteState state, GraphEdge edge)
    {
        var o = state.Output;
        o.StartObject();
        // A target is encoded again per edge: a table of each node's encoded id (by reference) measured no cheaper than
        // the transcoding and scan of an id. The source is encoded once per run of edges from one node.
        o.Name(Source);
        o.Encoded(EncodedSource(state, edge.Source));
        o.Name(Target);
        o.String(edge.Target.Id);
        bool known = (uint)edge.Type < (uint)EdgeTypeNames.Length;
        o.Property(Type, known ? EdgeTypeNames[(int)edge.Type] : Utf8JsonOutput.EncodeQuoted(TypeNames.Of(edge.Type)));
        o.Property(Label, known ? EdgeLabels[(int)edge.Type] : Utf8JsonOutput.EncodeQuoted(edge.Label));
        o.Property(Weight, edge.Weight);
        WriteProperties(state, edge.Properties);
        WriteProvenance(state, Evidence, edge.Evidence);
        o.EndObject();
    }

    private static void WriteProperties(WriteState state, PropertyMap properties)
    {
        if (properties.IsEmpty) return;
        var names = state.Names;
        names.StartObject();
        // In ordinal key order, through the struct enumerator (through IEnumerable it would be boxed once per node and edge).
        foreach (var (key, value) in properties) WriteProperty(state, names.Get(key), value);
    }

    private static void WriteProperty(WriteState state, EncodedPropertyName name, object value)
    {
        if (!state.Names.TryWrite(name)) return; // only keys differing by a lone surrogate collide
        state.Output.Name(name.Quoted);
        WriteValue(state.Output, value);
    }

    private static void WriteValue(Utf8JsonOutput o, object value)
    {
        switch (value)
        {
            case string s: o.String(s); break;
            case bool b: o.Encoded(b ? True : False); break;
            case int i: o.Number(i); break;
            case long l: o.Number(l); break;
            case double d: WriteDouble(o, d); break;
            case float f: WriteDouble(o, f); break;
            case DateOnly or DateTime or DateTimeOffset:
                // Formatted on the stack: a date is on most quotes and events.
                Span<char> text = stackalloc char[40];
                if (PropertyValues.TryFormat(value, text, out int n)) o.String(text[..n]);
                else o.String(PropertyValues.Format(value));
                break;
            default:
                if (PropertyValues.AsStrings(value) is { } items)
                {
                    o.StartArray();
                    foreach (var item in items) o.String(item ?? "");
                    o.EndArray();
                }
                else
                {
                    o.String(PropertyValues.Format(value));
                }
                break;
        }
    }

    private static void WriteDouble(Utf8JsonOutput o, double d)
    {
        if (!double.IsFinite(d))
        {
            o.String(PropertyValues.FormatDouble(d));
            return;
        }
        Span<char> text = stackalloc char[34];
        d.TryFormat(text, out int n, "R", CultureInfo.InvariantCulture);
        if (text[..n].IndexOfAny('.', 'E', 'e') < 0)
        {
            text[n++] = '.';
            text[n++] = '0';
        }
        o.Raw(text[..n]);
    }

    private static void WriteProvenance(WriteState state, byte[] name, ImmutableArray<Provenance> items)
    {
        var o = state.Output;
        o.Name(name);
        o.StartArray();
        var layout = state.Provenance;
        if (layout is null || !layout.Fits(o))
            state.Provenance = layout = new ProvenanceJsonLayout(o.IsIndented, o.EndsLinesWithCrLf, o.Depth);
        foreach (var p in items) layout.Write(o, EncodedDocId(state, p.DocId), p);
        o.EndArray();
    }

    /// <summary>
    /// An edge's source id, encoded once per run of edges from one node: a graph's edges are sorted by source id
    /// (<see cref="EdgeOrder"/>), so most have the one before's source (three in four at 100x).
    /// </summary>
    private static byte[] EncodedSource(WriteState state, GraphNode source)
    {
        if (!ReferenceEquals(source, state.LastSource))
        {
            state.LastSource = source;
            state.LastSourceBytes = Utf8JsonOutput.EncodeQuoted(source.Id);
        }
        return state.LastSourceBytes;
    }

    /// <summary>A document id encoded once per document; runs of one document (sorted provenance) skip the lookup.</summary>
    private static byte[] EncodedDocId(WriteState state, string docId)
    {
        if (ReferenceEquals(docId, state.LastDocId) || (state.LastDocId is not null && docId == state.LastDocId)) return state.LastDocIdBytes;
        if (!state.DocIds.TryGetValue(docId, out var encoded))
        {
            encoded = Utf8JsonOutput.EncodeQuoted(docId);
            state.DocIds.Add(docId, encoded);
        }
        state.LastDocId = docId;
        state.LastDocIdBytes = encoded;
        return encoded;
    }
}
