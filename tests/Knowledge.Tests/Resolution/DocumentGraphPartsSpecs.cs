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
/// assembler then adds those nodes as they are, and makes them itself for a document that comes without them.
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

    private static ImmutableArray<DocumentGraphParts?> PartsOf(ImmutableArray<Doc> docs) => [.. docs.Select(DocumentGraphParts.Of)];

    [Fact]
    public void Parts_made_beforehand_give_the_graph_the_assembler_makes_without_them()
    {
        var docs = Analysed(3);
        docs.Should().OnlyContain(d => d.Quotes.Length > 0, "the spec needs quotes to make parts of");

        var withParts = new GraphAssembler(LexiconSet.Default).Assemble(docs, PartsOf(docs));

        Json(withParts).Should().Equal(Json(new GraphAssembler(LexiconSet.Default).Assemble(docs)));
    }

    [Fact]
    public void The_assembler_adds_the_nodes_made_beforehand_themselves()
    {
        var docs = Analysed(2);
        var parts = PartsOf(docs);

        var graph = new GraphAssembler(LexiconSet.Default).Assemble(docs, parts);

        foreach (var part in parts)
        {
            graph.Nodes.Should().Contain(n => ReferenceEquals(n, part!.DocumentNode));
            part!.QuoteNodes.Should().NotBeEmpty().And.OnlyContain(q => graph.Nodes.Any(n => ReferenceEquals(n, q)));
        }
    }

    [Fact]
    public void A_document_without_parts_among_documents_with_them_is_made_its_own()
    {
        var docs = Analysed(3);
        var parts = PartsOf(docs).SetItem(1, null);

        var graph = new GraphAssembler(LexiconSet.Default).Assemble(docs, parts);

        Json(graph).Should().Equal(Json(new GraphAssembler(LexiconSet.Default).Assemble(docs)));
        graph.Nodes.Should().Contain(n => n.Id == "document:note-01" && n.Type == NodeType.Document);
    }

    [Fact]
    public void A_quote_node_holds_the_quote_its_document_gives()
    {
        var doc = Analysed(1).Single();
        var quote = doc.Quotes.Single();

        var node = DocumentGraphParts.Of(doc).QuoteNodes.Single();

        node.Id.Should().Be($"quote:note-00:{quote.Start}");
        node.Type.Should().Be(NodeType.Quote);
        node["text"].Should().Be(quote.Text);
        node["docId"].Should().Be("note-00");
        node.Mentions.Should().OnlyContain(m => m.DocId == "note-00");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_run_gives_the_graph_of_its_documents_assembled_afterwards_whatever_its_workers(int workers)
    {
        // On more than one worker the run makes the documents' parts in parallel before assembling; on one, the assembly does.
        var sources = Enumerable.Range(0, 6).Select(Item).Reverse().ToList();

        var result = KnowledgePipeline.CreateDefault().Run(sources, maxDegreeOfParallelism: workers, keepTokens: false);

        Json(result.Graph).Should().Equal(Json(new GraphAssembler(LexiconSet.Default).Assemble(Analysed(6))));
    }

    private static byte[] Json(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        JsonGraphWriter.Write(graph, stream);
        return stream.ToArray();
    }
}
