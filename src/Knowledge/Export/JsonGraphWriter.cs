using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
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
/// </remarks>
public static class JsonGraphWriter
{
    private const int FlushThreshold = 64 * 1024;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText Aliases = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
    private static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText DocId = JsonEncodedText.Encode("docId");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON (no BOM), with the default options. The stream is left open.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream) => Write(graph, stream, new JsonExportOptions());

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON (no BOM). The stream is left open.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream, JsonExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        var writerOptions = new JsonWriterOptions
        {
            Indented = options.IsIndented(graph),
            Encoder = Encoder,
            // The writer's structure is fixed by this class (and its specs read every export back), so the
            // per-token check that each value follows a property name is only cost.
            SkipValidation = true,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        using var w = new Utf8JsonWriter(stream, writerOptions);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var docIds = new EncodedTextCache(Encoder);
        w.WriteStartObject();
        w.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            WriteNode(w, node, written, docIds);
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            WriteEdge(w, edge, written, docIds);
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteNode(Utf8JsonWriter w, GraphNode node, HashSet<string> written, EncodedTextCache docIds)
    {
        w.WriteStartObject();
        w.WriteString(Id, Clean(node.Id));
        w.WriteString(Type, TypeNames.Of(node.Type));
        w.WriteString(Label, Clean(node.Label));
        w.WriteStartArray(Aliases);
        foreach (var a in node.Aliases) w.WriteStringValue(Clean(a));
        w.WriteEndArray();
        WriteProperties(w, node.Properties, written);
        WriteProvenance(w, Mentions, node.Mentions, docIds);
        w.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter w, GraphEdge edge, HashSet<string> written, EncodedTextCache docIds)
    {
        w.WriteStartObject();
        w.WriteString(Source, Clean(edge.Source.Id));
        w.WriteString(Target, Clean(edge.Target.Id));
        w.WriteString(Type, TypeNames.Of(edge.Type));
        w.WriteString(Label, edge.Label);
        w.WriteNumber(Weight, edge.Weight);
        WriteProperties(w, edge.Properties, written);
        WriteProvenance(w, Evidence, edge.Evidence, docIds);
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, ImmutableSortedDictionary<string, object> properties, HashSet<string> written)
    {
        if (properties.IsEmpty) return;
        written.Clear();
        if (ReferenceEquals(properties.KeyComparer, StringComparer.Ordinal))
        {
            // The struct enumerator: through IEnumerable it would be boxed once per node and edge.
            foreach (var (key, value) in properties) WriteProperty(w, key, value, written);
        }
        else
        {
            foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal)) WriteProperty(w, key, value, written);
        }
    }

    private static void WriteProperty(Utf8JsonWriter w, string key, object value, HashSet<string> written)
    {
        string name = Clean(PropertyNames.Escape(key, PropertyNames.JsonReserved));
        if (!written.Add(name)) return; // only keys differing by a lone surrogate collide
        w.WritePropertyName(name);
        WriteValue(w, value);
    }

    private static void WriteValue(Utf8JsonWriter w, object value)
    {
        switch (value)
        {
            case string s: w.WriteStringValue(Clean(s)); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d: WriteDouble(w, d); break;
            case float f: WriteDouble(w, f); break;
            case DateOnly or DateTime or DateTimeOffset:
                // Formatted on the stack: a date is on most quotes and events.
                Span<char> text = stackalloc char[40];
                if (PropertyValues.TryFormat(value, text, out int n)) w.WriteStringValue(text[..n]);
                else w.WriteStringValue(Clean(PropertyValues.Format(value)));
                break;
            default:
                if (PropertyValues.AsStrings(value) is { } items)
                {
                    w.WriteStartArray();
                    foreach (var item in items) w.WriteStringValue(Clean(item ?? ""));
                    w.WriteEndArray();
                }
                else
                {
                    w.WriteStringValue(Clean(PropertyValues.Format(value)));
                }
                break;
        }
    }

    private static void WriteDouble(Utf8JsonWriter w, double d)
    {
        if (!double.IsFinite(d))
        {
            w.WriteStringValue(PropertyValues.FormatDouble(d));
            return;
        }
        Span<char> text = stackalloc char[34];
        d.TryFormat(text, out int n, "R", CultureInfo.InvariantCulture);
        if (text[..n].IndexOfAny('.', 'E', 'e') < 0)
        {
            text[n++] = '.';
            text[n++] = '0';
        }
        w.WriteRawValue(text[..n], skipInputValidation: true);
    }

    private static void WriteProvenance(Utf8JsonWriter w, JsonEncodedText name, ImmutableArray<Provenance> items, EncodedTextCache docIds)
    {
        w.WriteStartArray(name);
        foreach (var p in items)
        {
            w.WriteStartObject();
            w.WriteString(DocId, docIds.Get(p.DocId));
            w.WriteNumber(Start, p.Start);
            w.WriteNumber(End, p.End);
            if (p.Source is { } source) SourceSpanJson.Write(w, source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static string Clean(string s) => XmlChars.DropLoneSurrogates(s);
}
