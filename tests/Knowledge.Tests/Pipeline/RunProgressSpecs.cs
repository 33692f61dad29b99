using FluentAssertions;
using Knowledge.Export;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Knowledge.Tests.Store;
using Xunit;

namespace Knowledge.Tests.Pipeline;

/// <summary>A run tells its progress observer how many documents and characters are analysed, without changing what it finds.</summary>
public class RunProgressSpecs
{
    private static readonly string[] Names = ["Marisol Villanueva", "Timoteo Okonkwo", "Lucia Brandt", "Anselmo Sandoval"];

    private static List<SourceDocument> Corpus(int count) =>
        Enumerable.Range(0, count).Select(i => new SourceDocument(
            $"item-{i:00}",
            $"Atty. {Names[i % Names.Length]}, Executive Director of the Harbour Legal Aid Foundation, said on Monday that the Coastal Fisheries Act would be reviewed.\n\n" +
            $"“We will keep working with the families,” said {Names[(i + 1) % Names.Length]}, a spokesperson for the Riverside Workers Union.",
            BodyFormat.Markdown,
            new DocumentOrigin($"items/item-{i:00}.md")) { Title = $"Union meets foundation ({i})" }).ToList();

    private static long Characters(IEnumerable<SourceDocument> docs) => docs.Sum(d => (long)d.Body.Length + (d.Title?.Length ?? 0));

    private static List<AnalysisProgress> Record(KnowledgePipeline pipeline, IReadOnlyList<SourceDocument> docs, int parallelism, TimeSpan interval)
    {
        var told = new List<AnalysisProgress>();
        pipeline.Run(docs, new PipelineRunOptions
        {
            MaxDegreeOfParallelism = parallelism,
            Progress = new Synchronous<AnalysisProgress>(p => { lock (told) told.Add(p); }),
            ProgressInterval = interval,
        });
        return told;
    }

    private static byte[] Json(KnowledgeResult result)
    {
        using var stream = new MemoryStream();
        JsonGraphWriter.Write(result.Graph, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Progress_reaches_every_document_and_character_and_never_goes_back()
    {
        var docs = Corpus(40);

        var told = Record(KnowledgePipeline.CreateDefault(), docs, parallelism: 4, TimeSpan.Zero);

        told.Should().HaveCountGreaterThan(40);
        told[0].Should().Be(new AnalysisProgress(AnalysisStage.Analysing, 0, 40, 0, Characters(docs)));
        told.Should().OnlyContain(p => p.DocumentsTotal == 40 && p.CharactersTotal == Characters(docs));
        told.Select(p => p.DocumentsDone).Should().BeInAscendingOrder();
        told.Select(p => p.CharactersDone).Should().BeInAscendingOrder();
        told.Last(p => p.Stage == AnalysisStage.Analysing).Should().Match<AnalysisProgress>(p => p.DocumentsDone == 40 && p.CharactersDone == Characters(docs));
        told[^1].Stage.Should().Be(AnalysisStage.Resolving, "resolution comes last");
        told.SkipWhile(p => p.Stage == AnalysisStage.Analysing).Should().OnlyContain(p => p.Stage == AnalysisStage.Resolving);
    }

    [Fact]
    public void A_single_document_moves_in_steps_within_the_components_and_the_entity_passes()
    {
        var pipeline = KnowledgePipeline.CreateDefault();
        var doc = Corpus(1);

        var told = Record(pipeline, doc, parallelism: 1, TimeSpan.Zero);

        var within = told.Where(p => p.DocumentsDone == 0 && p.CharactersDone > 0 && p.CharactersDone < Characters(doc)).Select(p => p.CharactersDone).Distinct().ToList();
        within.Should().HaveCountGreaterThan(pipeline.Components.Length + 1, "every component and every entity pass counts a share of the document");
        told.Should().Contain(p => p.DocumentsDone == 1 && p.CharactersDone == Characters(doc));
    }

    [Fact]
    public void Reports_are_no_more_frequent_than_the_interval()
    {
        var pipeline = new KnowledgePipelineBuilder().Use(new Slow(TimeSpan.FromMilliseconds(15))).Build();
        var docs = Corpus(30);

        var told = Record(pipeline, docs, parallelism: 1, TimeSpan.FromMilliseconds(100));

        // 30 documents × 15 ms ≈ 0.45 s: about five throttled reports, plus the start, end and resolution; unthrottled, 60.
        told.Should().HaveCountLessThan(15);
        told.Last(p => p.Stage == AnalysisStage.Analysing).DocumentsDone.Should().Be(30);
    }

    [Fact]
    public void A_document_whose_analysis_fails_still_counts_as_done()
    {
        var pipeline = new KnowledgePipelineBuilder().UseDefaults().Use(new ThrowsOn("item-03")).Build();
        var docs = Corpus(6);

        var told = Record(pipeline, docs, parallelism: 2, TimeSpan.Zero);

        told.Last(p => p.Stage == AnalysisStage.Analysing).Should().Match<AnalysisProgress>(p => p.DocumentsDone == 6 && p.CharactersDone == Characters(docs));
    }

    [Fact]
    public void A_run_with_a_progress_observer_gives_the_same_graph_as_one_without()
    {
        var pipeline = KnowledgePipeline.CreateDefault();
        var docs = Corpus(24);

        var without = Json(pipeline.Run(docs, maxDegreeOfParallelism: 4, keepTokens: false));
        var with = Json(pipeline.Run(docs, new PipelineRunOptions
        {
            MaxDegreeOfParallelism = 4,
            KeepTokens = false,
            Progress = new Synchronous<AnalysisProgress>(_ => { }),
            ProgressInterval = TimeSpan.Zero,
        }));

        without.Length.Should().BeGreaterThan(1000, "the invented corpus must give a real graph");
        with.Should().Equal(without);
    }

    [Fact]
    public void A_run_with_no_documents_reports_nothing_to_do()
    {
        var told = Record(KnowledgePipeline.CreateDefault(), [], parallelism: 1, TimeSpan.Zero);

        told.Should().NotBeEmpty().And.OnlyContain(p => p.DocumentsTotal == 0 && p.CharactersTotal == 0 && p.CharactersDone == 0);
    }

    private sealed class Slow(TimeSpan delay) : IDocComponent
    {
        public string Name => "slow";

        public Doc Process(Doc doc)
        {
            Thread.Sleep(delay);
            return doc;
        }
    }

    private sealed class ThrowsOn(string id) : IDocComponent
    {
        public string Name => "throws";

        public Doc Process(Doc doc) => doc.Id == id ? throw new InvalidOperationException("invented failure") : doc;
    }
}
