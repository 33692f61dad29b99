using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>
/// Writes a graph as the JSON export the scorer reads (see <c>eval/score.py</c>):
/// <c>{"nodes":[{"id","type","label","aliases",…properties,"mentions"}],"edges":[{"source","target","type","label","weight",…properties,"evidence"}]}</c>.
/// Output is indented, deterministic (nodes and edges in the graph's order, properties by key) and
/// streamed: the writer flushes to the stream as it goes instead of building the document in memory.
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

    /// <summary>Writes <paramref name="graph"/> to <paramref name="stream"/> as UTF-8 JSON (no BOM). The stream is left open.</summary>
    public static void Write(KnowledgeGraph graph, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        using var w = new Utf8JsonWriter(stream, options);
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
            WriteEdge(w, edge);
            if (w.BytesPending > FlushThreshold) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteNode(Utf8JsonWriter w, GraphNode node)
    {
        w.WriteStartObject();
        w.WriteString("id", Clean(node.Id));
        w.WriteString("type", node.Type.ToString());
        w.WriteString("label", Clean(node.Label));
        w.WriteStartArray("aliases");
        foreach (var a in node.Aliases) w.WriteStringValue(Clean(a));
        w.WriteEndArray();
        WriteProperties(w, node.Properties);
        WriteProvenance(w, "mentions", node.Mentions);
        w.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter w, GraphEdge edge)
    {
        w.WriteStartObject();
        w.WriteString("source", Clean(edge.Source.Id));
        w.WriteString("target", Clean(edge.Target.Id));
        w.WriteString("type", edge.Type.ToString());
        w.WriteString("label", edge.Label);
        w.WriteNumber("weight", edge.Weight);
        WriteProperties(w, edge.Properties);
        WriteProvenance(w, "evidence", edge.Evidence);
        w.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, object>> properties)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            string name = Clean(PropertyNames.Escape(key, PropertyNames.JsonReserved));
            if (!written.Add(name)) continue; // only keys differing by a lone surrogate collide
            w.WritePropertyName(name);
            WriteValue(w, value);
        }
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
        string text = d.ToString("R", CultureInfo.InvariantCulture);
        if (text.IndexOfAny(['.', 'E', 'e']) < 0) text += ".0";
        w.WriteRawValue(text);
    }

    private static void WriteProvenance(Utf8JsonWriter w, string name, IEnumerable<Provenance> items)
    {
        w.WriteStartArray(name);
        foreach (var p in items)
        {
            w.WriteStartObject();
            w.WriteString("docId", Clean(p.DocId));
            w.WriteNumber("start", p.Start);
            w.WriteNumber("end", p.End);
            if (p.Source is { } source) SourceSpanJson.Write(w, source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static string Clean(string s) => XmlChars.DropLoneSurrogates(s);
}
