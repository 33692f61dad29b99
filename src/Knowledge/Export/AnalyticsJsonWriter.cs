using System.Text.Encodings.Web;
using System.Text.Json;
using Knowledge.Graph;
using Knowledge.Query;

namespace Knowledge.Export;

/// <summary>Writes graph statistics and paths as indented JSON, deterministically (PageRank rounded to 6 decimals).</summary>
public static class AnalyticsJsonWriter
{
    private static JsonWriterOptions Options => new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes statistics: counts by type, components, and the most connected people and organisations.</summary>
    public static void WriteStatistics(GraphStatistics stats, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stats);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteBoolean("includesDocuments", stats.IncludesDocuments);
        WriteCounts(w, "nodes", stats.Nodes);
        WriteCounts(w, "edges", stats.Edges);
        w.WriteStartObject("components");
        w.WriteNumber("count", stats.ComponentCount);
        w.WriteNumber("isolatedNodes", stats.IsolatedNodes);
        w.WriteStartArray("largest");
        foreach (var size in stats.LargestComponents) w.WriteNumberValue(size);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteString("rankedBy", stats.RankedBy == CentralityMeasure.PageRank ? "pagerank" : "degree");
        WriteCentralities(w, "people", stats.People);
        WriteCentralities(w, "organizations", stats.Organizations);
        w.WriteEndObject();
    }

    /// <summary>Writes a path: its length, nodes (id, type, label) and steps (edge type, from, to, whether followed forward).</summary>
    public static void WritePath(GraphPath path, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteNumber("length", path.Length);
        w.WriteStartArray("nodes");
        foreach (var n in path.Nodes)
        {
            w.WriteStartObject();
            w.WriteString("id", n.Id);
            w.WriteString("type", TypeNames.Of(n.Type));
            w.WriteString("label", n.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var s in path.Steps)
        {
            w.WriteStartObject();
            w.WriteString("type", TypeNames.Of(s.Edge.Type));
            w.WriteString("source", s.Edge.Source.Id);
            w.WriteString("target", s.Edge.Target.Id);
            w.WriteBoolean("forward", s.Forward);
            w.WriteNumber("weight", s.Edge.Weight);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, IEnumerable<TypeCount> counts)
    {
        w.WriteStartObject(name);
        foreach (var c in counts) w.WriteNumber(c.Type, c.Count);
        w.WriteEndObject();
    }

    private static void WriteCentralities(Utf8JsonWriter w, string name, IEnumerable<Centrality> items)
    {
        w.WriteStartArray(name);
        foreach (var c in items)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("label", c.Label);
            w.WriteNumber("degree", c.Degree);
            w.WriteNumber("pageRank", Math.Round(c.PageRank, 6));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
