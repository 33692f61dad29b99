using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Knowledge.Export;
using Knowledge.Graph;

namespace Knowledge.Tests.Export;

/// <summary>
/// The JSON writer as it was before issue 18 wrote pre-encoded ids, names and provenance (every value through
/// <see cref="Utf8JsonWriter"/>): the reference whose bytes <see cref="JsonGraphWriter"/> must reproduce, kept in
/// the tests only.
/// </summary>
internal static class Utf8JsonWriterGraphJson
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
        var docIds = new Dictionary<string, JsonEncodedText>(StringComparer.Ordinal);
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

    private static void WriteNode(Utf8JsonWriter w, GraphNode node, HashSet<string> written, Dictionary<string, JsonEncodedText> docIds)
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

    private static void WriteEdge(Utf8JsonWriter w, GraphEdge edge, HashSet<string> written, Dictionary<string, JsonEncodedText> docIds)
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

    private static void WriteProperties(Utf8JsonWriter w, PropertyMap properties, HashSet<string> written)
    {
        if (properties.IsEmpty) return;
        written.Clear();
        foreach (var (key, value) in properties) WriteProperty(w, key, value, written);
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

    private static void WriteProvenance(Utf8JsonWriter w, JsonEncodedText name, ImmutableArray<Provenance> items, Dictionary<string, JsonEncodedText> docIds)
    {
        w.WriteStartArray(name);
        foreach (var p in items)
        {
            if (!docIds.TryGetValue(p.DocId, out var docId)) docIds[p.DocId] = docId = JsonEncodedText.Encode(Clean(p.DocId), Encoder);
            WriteProvenanceEntry(w, p, docId);
        }
        w.WriteEndArray();
    }

    /// <summary>One provenance entry, its document id already encoded.</summary>
    internal static void WriteProvenanceEntry(Utf8JsonWriter w, Provenance p, JsonEncodedText docId)
    {
        w.WriteStartObject();
        w.WriteString(DocId, docId);
        w.WriteNumber(Start, p.Start);
        w.WriteNumber(End, p.End);
        if (p.Source is { } source)
        {
            w.WriteStartObject("source");
            w.WriteString("field", SourceFieldNames.Of(source.Field));
            w.WriteNumber("start", source.Start);
            w.WriteNumber("end", source.End);
            if (source.Line > 0)
            {
                w.WriteNumber("line", source.Line);
                w.WriteNumber("column", source.Column);
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static string Clean(string s) => XmlChars.DropLoneSurrogates(s);
}
