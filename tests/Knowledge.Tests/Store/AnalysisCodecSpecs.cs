using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Resolution;
using Knowledge.Store;
using Knowledge.Tests.Support;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// A document's resolution layers survive the store exactly: rebuilt from its rows, every document
/// resolves to the graph the in-memory run gives, byte for byte in every export format.
/// </summary>
public sealed class AnalysisCodecSpecs
{
    [Fact]
    public void Documents_rebuilt_from_their_rows_resolve_to_the_in_memory_graph()
    {
        var run = DefaultPipeline.Run(Corpus, keepTokens: false);

        var rebuilt = run.Documents.Select(doc =>
        {
            var builder = new StoredDocBuilder(AnalysisCodec.DecodeSource(AnalysisCodec.EncodeSource(doc.Source, withBody: false)), doc.Text);
            foreach (var row in AnalysisCodec.Rows(doc)) builder.Add(row.Layer, row.Record);
            return builder.Build();
        }).ToList();

        var graph = new GraphAssembler(DefaultPipeline.Lexicons).Assemble(Knowledge.Pipeline.KnowledgePipeline.InResolutionOrder(rebuilt));
        Exports(graph).ShouldBeIdenticalTo(Exports(run.Graph), "the rows hold everything resolution reads");
    }

    [Fact]
    public void Every_layer_item_becomes_one_row_with_its_offsets()
    {
        var doc = DefaultPipeline.Run(InventedNews.Documents.Take(1), keepTokens: false).Documents.Single();

        var rows = AnalysisCodec.Rows(doc).ToList();

        rows.Where(r => r.Layer == MentionLayer.Entity).Select(r => (r.Start, r.End))
            .Should().Equal(doc.Entities.Select(e => (e.Start, e.End)));
        rows.Where(r => r.Layer == MentionLayer.Quote).Select(r => r.Start).Should().Equal(doc.Quotes.Select(q => q.Start));
        rows.Count(r => r.Layer == MentionLayer.Role).Should().Be(doc.Roles.Length);
        doc.Entities.Should().NotBeEmpty("the invented text names a board and a person");
        doc.Quotes.Should().NotBeEmpty("the invented text quotes its chairperson");
        rows.GroupBy(r => r.Layer).Should().OnlyContain(g => g.Select(r => r.Ordinal).SequenceEqual(Enumerable.Range(0, g.Count())));
    }

    [Fact]
    public void A_stored_source_keeps_every_field_resolution_reads_but_not_the_body()
    {
        var source = InventedNews.Documents[0] with { Origin = new DocumentOrigin("feed.jsonl", 3, 17) };

        var back = AnalysisCodec.DecodeSource(AnalysisCodec.EncodeSource(source, withBody: false));

        back.Should().BeEquivalentTo(source with { Body = "" }, o => o.ComparingByMembers<SourceDocument>());
        back.Tags.Should().Equal(source.Tags);
    }

    [Fact]
    public void A_corpus_added_to_a_store_resolves_to_the_one_shot_graph()
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("knowledge.db"), DefaultPipeline);

        store.Add(Corpus, new StoreOptions { BatchSize = 3 });

        Exports(store.Resolve()).ShouldBeIdenticalTo(OneShotExports(Corpus), "the store's graph is the one-shot run's");
    }

    [RequiresSharedFact]
    public void The_shared_corpus_added_to_a_store_resolves_to_the_one_shot_graph()
    {
        var corpus = DocumentLoader.Load([TestPaths.CorpusDir]).Documents;
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("knowledge.db"), DefaultPipeline);

        var update = store.Add(corpus, new StoreOptions { BatchSize = 16 });

        update.Added.Should().Be(corpus.Length);
        Exports(store.Resolve()).ShouldBeIdenticalTo(OneShotExports(corpus), "the store's graph of the shared corpus is the one-shot run's");
    }
}
