using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Resolution;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Resolution;

/// <summary>
/// A document's own part of the graph (its node, its quotes' nodes) can be made in the parallel analysis phase; the
/// assembler then adds those nodes as they are, and makes them itself for a document that has none prepared.
/// </summary>
public class DocumentGraphPartsSpecs
{
    private static SourceDocument Item(int i) =>
        new($"note-{i:00}", $"\"The harbour levy will be reviewed before June,\" said Marisol Villanueva, Executive Director of the Harbour Legal Aid Foundation ({i}).",
            BodyFormat.Markdown, new DocumentOrigin($"notes/note-{i:00}.md"))
        {
            Title = $"Note {i}",
            Published = new DateOnly(2024, 3, 1 + i),
        };

    private static ImmutableArray<Doc> Analysed(int count) =>
        [.. KnowledgePipeline.CreateDefault().AnalyseBatch([.. Enumerable.Range(0, count).Select(Item)]).OrderBy(d => d.Id, StringComparer.Ordinal)];

    [Fact]
    public void Prepared_parts_give_the_graph_the_assembler_makes_without_them()
    {
        var docs = Analysed(3);
        docs.Should().OnlyContain(d => d.Quotes.Length > 0, "the spec needs quotes to prepare");
        var unprepared = new GraphAssembler(LexiconSet.Default).Assemble(docs);

        var copies = docs.Select(d => d with { }).ToImmutableArray();
        foreach (var d in copies) DocumentGraphParts.Prepare(d);
        var prepared = new GraphAssembler(LexiconSet.Default).Assemble(copies);

        Json(prepared).Should().Equal(Json(unprepared));
    }

    [Fact]
    public void The_assembler_adds_the_prepared_nodes_themselves()
    {
        var doc = Analysed(1).Single() with { };
        DocumentGraphParts.Prepare(doc);
        var parts = DocumentGraphParts.Find(doc)!;

        var graph = new GraphAssembler(LexiconSet.Default).Assemble([doc]);

        graph.Nodes.Should().Contain(n => ReferenceEquals(n, parts.DocumentNode));
        parts.QuoteNodes.Should().HaveCount(doc.Quotes.Length).And.OnlyContain(q => graph.Nodes.Any(n => ReferenceEquals(n, q)));
    }

    [Fact]
    public void Parts_are_let_go_once_assembled_and_a_copy_of_a_document_has_none()
    {
        var doc = Analysed(1).Single() with { };
        DocumentGraphParts.Prepare(doc);

        DocumentGraphParts.Find(doc with { }).Should().BeNull();
        new GraphAssembler(LexiconSet.Default).Assemble([doc]);
        DocumentGraphParts.Find(doc).Should().BeNull();
    }

    [Fact]
    public void A_run_prepares_its_documents_in_parallel_and_leaves_no_parts_behind()
    {
        var sources = Enumerable.Range(0, 6).Select(Item).ToList();
        var docs = Analysed(6);

        var result = KnowledgePipeline.CreateDefault().Run(sources, maxDegreeOfParallelism: 2, keepTokens: false);

        Json(result.Graph).Should().Equal(Json(new GraphAssembler(LexiconSet.Default).Assemble(docs)));
        result.Documents.Should().OnlyContain(d => DocumentGraphParts.Find(d) == null);
    }

    private static byte[] Json(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        JsonGraphWriter.Write(graph, stream);
        return stream.ToArray();
    }
}
