using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Knowledge.Graph;

namespace Knowledge.Export;

/// <summary>Reads the JSON export written by <see cref="JsonGraphWriter"/> back into a <see cref="KnowledgeGraph"/>.</summary>
/// <remarks>
/// Values come back typed: JSON booleans as <see cref="bool"/>, integers as <see cref="int"/> (or
/// <see cref="long"/> when too large), numbers with a fraction or exponent as <see cref="double"/>, strings of
/// the exact form yyyy-MM-dd as <see cref="DateOnly"/>, ISO round-trip date-times as <see cref="DateTime"/>,
/// arrays as <see cref="ImmutableArray{T}"/> of strings, other strings as strings. One <c>p_</c> prefix
/// is stripped from property keys. Edge labels and weights are derived, so they are not read. Properties
/// may also sit under a "properties" object, as the scorer allows.
/// </remarks>
public static class JsonGraphReader
{
    /// <summary>Reads a graph from a UTF-8 JSON stream. Throws <see cref="JsonException"/> or <see cref="FormatException"/> on malformed input.</summary>
    public static KnowledgeGraph Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        var builder = new KnowledgeGraphBuilder();
        // One property builder for the whole graph, so that maps with the same keys share them.
        var props = new PropertyMapBuilder();
        if (root.TryGetProperty("nodes", out var nodes))
            foreach (var n in nodes.EnumerateArray())
                builder.AddNode(ReadNode(n, props));
        if (root.TryGetProperty("edges", out var edges))
            foreach (var e in edges.EnumerateArray())
                ReadEdge(builder, e, props);
        return builder.Build();
    }

    private static GraphNode ReadNode(JsonElement n, PropertyMapBuilder props)
    {
        string id = RequiredString(n, "id");
        var type = ParseEnum<NodeType>(RequiredString(n, "type"));
        string label = n.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : id;
        var aliases = ImmutableArray<string>.Empty;
        if (n.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array)
            aliases = a.EnumerateArray().Select(x => x.GetString() ?? "").ToImmutableArray();
        var mentions = n.TryGetProperty("mentions", out var m) ? ReadProvenance(m) : ImmutableArray<Provenance>.Empty;
        return new GraphNode(id, type, label)
        {
            Aliases = aliases,
            Properties = ReadProperties(n, props),
            Mentions = mentions,
        };
    }

    private static void ReadEdge(KnowledgeGraphBuilder builder, JsonElement e, PropertyMapBuilder props)
    {
        string source = RequiredString(e, "source");
        string target = RequiredString(e, "target");
        var type = ParseEnum<EdgeType>(RequiredString(e, "type"));
        var evidence = e.TryGetProperty("evidence", out var ev) ? ReadProvenance(ev) : ImmutableArray<Provenance>.Empty;
        builder.AddEdge(source, type, target, evidence, ReadProperties(e, props));
    }

    private static PropertyMap ReadProperties(JsonElement obj, PropertyMapBuilder props)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Name == "properties" && p.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in p.Value.EnumerateObject())
                    if (ReadValue(inner.Value) is { } v) props[inner.Name] = v;
                continue;
            }
            if (PropertyNames.JsonReserved.Contains(p.Name)) continue;
            if (ReadValue(p.Value) is { } value) props[PropertyNames.Unescape(p.Name)] = value;
        }
        return props.ToImmutable();
    }

    private static object? ReadValue(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.Number:
                string raw = v.GetRawText();
                if (raw.IndexOfAny(['.', 'e', 'E']) >= 0) return v.GetDouble();
                if (v.TryGetInt32(out int i)) return i;
                if (v.TryGetInt64(out long l)) return l;
                return v.GetDouble();
            case JsonValueKind.String:
                string s = v.GetString()!;
                if (s.Length == 10 && DateOnly.TryParseExact(s, PropertyValues.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    return d;
                if (s.Length >= 27 && s[10] == 'T' && DateTime.TryParseExact(s, PropertyValues.DateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt))
                    return dt;
                return s;
            case JsonValueKind.Array:
                return v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToImmutableArray();
            case JsonValueKind.Object:
                return v.GetRawText();
            default:
                return null;
        }
    }

    private static ImmutableArray<Provenance> ReadProvenance(JsonElement arr)
    {
        if (arr.ValueKind != JsonValueKind.Array) return ImmutableArray<Provenance>.Empty;
        return arr.EnumerateArray()
            .Select(p => new Provenance(RequiredString(p, "docId"), p.GetProperty("start").GetInt32(), p.GetProperty("end").GetInt32())
            {
                Source = SourceSpanJson.Read(p),
            })
            .Distinct().Order().ToImmutableArray();
    }

    private static string RequiredString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new FormatException($"JSON graph: missing string \"{name}\" in {Truncate(obj.GetRawText())}");

    private static T ParseEnum<T>(string s) where T : struct, Enum =>
        Enum.TryParse<T>(s, ignoreCase: false, out var t) && Enum.IsDefined(t)
            ? t
            : throw new FormatException($"JSON graph: unknown {typeof(T).Name} \"{s}\"");

    private static string Truncate(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
