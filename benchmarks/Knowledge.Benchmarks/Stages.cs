using System.Collections.Immutable;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Resolution;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Benchmarks;

/// <summary>The pipeline cut into its stages, so each can be timed on the output of the ones before it.</summary>
public static class Stages
{
    /// <summary>The name of the first stage: building each document's text from its source (Markdown, blocks).</summary>
    public const string Ingest = "ingest";

    /// <summary>The default pipeline, built once.</summary>
    public static KnowledgePipeline Pipeline { get; } = KnowledgePipeline.CreateDefault();

    /// <summary>The stages a document goes through alone: ingest, then each default component by name.</summary>
    public static IReadOnlyList<string> DocumentStages { get; } = [Ingest, .. Pipeline.Components.Select(c => c.Name)];

    /// <summary>Builds the documents' text (the pipeline's first step).</summary>
    public static Doc[] BuildTexts(IReadOnlyList<SourceDocument> sources)
    {
        var docs = new Doc[sources.Count];
        for (int i = 0; i < docs.Length; i++) docs[i] = DocumentTextBuilder.Build(sources[i]);
        return docs;
    }

    /// <summary>The documents as the stage named <paramref name="stage"/> receives them.</summary>
    public static Doc[] InputOf(string stage, IReadOnlyList<SourceDocument> sources)
    {
        var docs = BuildTexts(sources);
        if (stage == Ingest) return docs;
        foreach (var c in Pipeline.Components)
        {
            if (c.Name == stage) return docs;
            Run(c, docs);
        }
        throw new ArgumentException($"No stage named '{stage}'.", nameof(stage));
    }

    /// <summary>The component of a stage (not <see cref="Ingest"/>).</summary>
    public static IDocComponent Component(string stage) => Pipeline.Components.Single(c => c.Name == stage);

    /// <summary>Runs one component over every document in place, on one thread.</summary>
    public static void Run(IDocComponent component, Doc[] docs)
    {
        for (int i = 0; i < docs.Length; i++) docs[i] = component.Process(docs[i]);
    }

    /// <summary>Fully analysed documents in the order the pipeline resolves them.</summary>
    public static ImmutableArray<Doc> Analysed(IReadOnlyList<SourceDocument> sources)
    {
        var docs = BuildTexts(sources);
        foreach (var c in Pipeline.Components) Run(c, docs);
        return Ordered(docs);
    }

    /// <summary>Orders documents as <see cref="KnowledgePipeline.Run(IEnumerable{SourceDocument}, int?, bool)"/> does before resolution.</summary>
    public static ImmutableArray<Doc> Ordered(IEnumerable<Doc> docs) =>
        docs.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Source.Origin.Path, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Each document's own part of the graph, made as a one-shot run's analysis phase makes it (per document, in parallel there).</summary>
    internal static ImmutableArray<DocumentGraphParts?> GraphParts(ImmutableArray<Doc> docs) => ImmutableArray.CreateRange(docs, d => (DocumentGraphParts?)DocumentGraphParts.Of(d));

    /// <summary>Cross-document resolution and graph assembly.</summary>
    public static KnowledgeGraph Assemble(ImmutableArray<Doc> docs) => new GraphAssembler(LexiconSet.Default).Assemble(docs);

    /// <summary>Cross-document resolution and graph assembly of documents whose own parts are made already.</summary>
    internal static KnowledgeGraph Assemble(ImmutableArray<Doc> docs, ImmutableArray<DocumentGraphParts?> parts) =>
        new GraphAssembler(LexiconSet.Default).Assemble(docs, parts);

    /// <summary>Writes the GraphML export; returns its size in bytes.</summary>
    public static long WriteGraphMl(KnowledgeGraph graph) => Counted(s => GraphMlWriter.Write(graph, s));

    /// <summary>Writes the JSON export; returns its size in bytes.</summary>
    public static long WriteJson(KnowledgeGraph graph) => Counted(s => JsonGraphWriter.Write(graph, s));

    /// <summary>Writes every Neo4j import CSV (each node type, then each edge type) to one stream; returns the bytes written.</summary>
    public static long WriteNeo4j(KnowledgeGraph graph) => Counted(s =>
    {
        foreach (var type in Enum.GetValues<NodeType>()) Neo4jCsvWriter.WriteNodes(graph, type, s);
        foreach (var type in Enum.GetValues<EdgeType>()) Neo4jCsvWriter.WriteRelationships(graph, type, s);
    });

    /// <summary>Writes quotes as JSON Lines; returns the bytes written.</summary>
    public static long WriteQuotes(IReadOnlyList<Query.QuoteResult> quotes) => Counted(s => QuoteResultsWriter.WriteJsonLines(quotes, s));

    /// <summary>Writes the HTML view; returns the bytes written.</summary>
    public static long WriteHtml(KnowledgeGraph graph) => Counted(s => HtmlViewWriter.Write(graph, s));

    // Runs a writer against a stream that only counts; returns the bytes written.
    private static long Counted(Action<Stream> write)
    {
        var counter = new CountingStream();
        write(counter);
        return counter.Length;
    }

    /// <summary>A write-only stream that only counts the bytes written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
