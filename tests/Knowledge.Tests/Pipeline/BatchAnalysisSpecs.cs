using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Resolution;
using Xunit;

namespace Knowledge.Tests.Pipeline;

/// <summary>
/// A store analyses documents batch by batch: each batch in parallel, stripped to what resolution needs, read
/// from the stream only when the batch before it has been handed out; resolving the batches gives the graph of one run.
/// </summary>
public class BatchAnalysisSpecs
{
    private static SourceDocument Item(int i) =>
        new($"item-{i:00}", $"Atty. Marisol Villanueva, Executive Director of the Harbour Legal Aid Foundation, said the Coastal Fisheries Act would be reviewed ({i}).",
            BodyFormat.Markdown, new DocumentOrigin($"items/item-{i:00}.md"))
        {
            Title = $"Item {i}",
            Published = new DateOnly(2024, 1 + i % 12, 1 + i),
        };

    [Fact]
    public void Batches_come_in_stream_order_with_only_the_resolution_layers()
    {
        var pipeline = KnowledgePipeline.CreateDefault();

        var batches = pipeline.AnalyseInBatches(Enumerable.Range(0, 5).Select(Item), batchSize: 2).ToList();

        batches.Select(b => b.Length).Should().Equal(2, 2, 1);
        batches.SelectMany(b => b).Select(d => d.Id).Should().Equal("item-00", "item-01", "item-02", "item-03", "item-04");
        batches.SelectMany(b => b).Should().OnlyContain(d => d.Tokens.IsEmpty && d.Sentences.IsEmpty && d.Blocks.IsEmpty && d.Entities.Length > 0);
    }

    [Fact]
    public void A_stripped_analysis_leaves_no_token_table_behind()
    {
        // The table is kept by the document's text, which a stripped analysis keeps until resolution: kept, it would
        // hold the entity stage's copy of the document, tokens and all, for every document of a run.
        var pipeline = KnowledgePipeline.CreateDefault();

        var stripped = pipeline.AnalyseInBatches(Enumerable.Range(0, 3).Select(Item), batchSize: 3).Single();
        var kept = pipeline.Run([Item(7)], keepTokens: true).Documents.Single();

        stripped.Should().OnlyContain(d => !Knowledge.Syntax.TokenTable.IsKeptFor(d.Text));
        Knowledge.Syntax.TokenTable.IsKeptFor(kept.Text).Should().BeTrue("a run that keeps the tokens keeps their table while the text lives");
    }

    [Fact]
    public void A_batch_is_read_from_the_stream_only_when_the_one_before_has_been_handed_out()
    {
        int read = 0;
        IEnumerable<SourceDocument> Counted()
        {
            for (int i = 0; i < 10; i++)
            {
                read++;
                yield return Item(i);
            }
        }

        using var batches = KnowledgePipeline.CreateDefault().AnalyseInBatches(Counted(), batchSize: 3).GetEnumerator();
        batches.MoveNext().Should().BeTrue();

        read.Should().Be(3);
        batches.MoveNext();
        read.Should().Be(6);
    }

    [Fact]
    public void Resolving_the_batches_gives_the_graph_of_one_run()
    {
        var pipeline = KnowledgePipeline.CreateDefault();
        var sources = Enumerable.Range(0, 7).Select(Item).ToList();

        var docs = pipeline.AnalyseInBatches(sources, batchSize: 3).SelectMany(b => b).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

        Json(new GraphAssembler(pipeline.Lexicons).Assemble(docs)).Should().Equal(Json(pipeline.Run(sources, keepTokens: false).Graph));
    }

    [Fact]
    public void A_batch_size_below_one_is_refused()
    {
        var act = () => KnowledgePipeline.CreateDefault().AnalyseInBatches([Item(1)], batchSize: 0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("batchSize");
    }

    private static byte[] Json(Knowledge.Graph.KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        JsonGraphWriter.Write(graph, stream);
        return stream.ToArray();
    }
}
