using System.Text.Json;
using System.Xml;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;

namespace Knowledge.Tests.Robustness;

/// <summary>Runs inputs through loading, the default pipeline and every export, checking what must always hold.</summary>
internal static class RobustRun
{
    public static readonly KnowledgePipeline Pipeline = KnowledgePipeline.CreateDefault();

    /// <summary>A records-export record with a slug, title and text (already JSON-escaped by the caller).</summary>
    public static string Record(string slug, string text, string title = "") =>
        $"{{\"id\":\"rec-{slug}\",\"fields\":{{\"slug\":\"{slug}\",\"title\":\"{(title.Length > 0 ? title : "Title " + slug)}\",\"text\":\"{text}\"}}}}";

    /// <summary>A records export of the given records, one per line.</summary>
    public static string RecordsExport(params string[] records) => "{\"records\":[\n" + string.Join(",\n", records) + "\n]}";

    /// <summary>Analyses the documents, exports the graph as JSON and GraphML, and checks both parse; returns the result.</summary>
    public static KnowledgeResult Analyse(IEnumerable<SourceDocument> documents)
    {
        var result = Pipeline.Run(documents, maxDegreeOfParallelism: 1);
        foreach (var doc in result.Documents)
            if (BrokenSpan(doc) is { } broken) throw new InvalidOperationException($"{doc.Id}: {broken}");
        ParseGraphMl(result.Graph);
        ParseJson(result.Graph);
        return result;
    }

    /// <summary>Writes the GraphML export and reads it back with a checking XML reader; throws when it is not well-formed.</summary>
    public static string ParseGraphMl(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        GraphMlWriter.Write(graph, stream);
        stream.Position = 0;
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read()) { }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the JSON export and parses it back.</summary>
    public static byte[] ParseJson(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        JsonGraphWriter.Write(graph, stream);
        using var _ = JsonDocument.Parse(stream.ToArray());
        return stream.ToArray();
    }

    /// <summary>The first annotation whose range is not inside the document text, or null.</summary>
    public static string? BrokenSpan(Doc doc)
    {
        var spans = new List<(string What, int Start, int End)>();
        spans.AddRange(doc.Tokens.Select(t => ("token", t.Start, t.End)));
        spans.AddRange(doc.Sentences.Select(s => ("sentence", s.Start, s.End)));
        spans.AddRange(doc.Links.Select(l => ("link", l.Start, l.End)));
        spans.AddRange(doc.Entities.Select(e => ("entity", e.Start, e.End)));
        spans.AddRange(doc.Dates.Select(d => ("date", d.Start, d.End)));
        spans.AddRange(doc.Roles.Select(r => ("role", r.Start, r.End)));
        spans.AddRange(doc.Quotes.SelectMany(q => q.Spans.Select(s => ("quote", s.Start, s.End))));
        spans.AddRange(doc.Events.Select(e => ("event", e.Start, e.End)));
        spans.AddRange(doc.Events.Select(e => ("trigger", e.Trigger.Start, e.Trigger.End)));
        foreach (var (what, start, end) in spans)
            if (start < 0 || end < start || end > doc.Text.Length) return $"{what} [{start}, {end}) is outside the text of length {doc.Text.Length}";
        foreach (var e in doc.Entities)
            if (string.IsNullOrEmpty(e.Name)) return $"entity at {e.Start} has no name";
        return null;
    }
}
