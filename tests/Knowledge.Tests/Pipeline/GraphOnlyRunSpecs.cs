using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Knowledge.Tests.Store;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Pipeline;

/// <summary>
/// A run that keeps no annotations (<see cref="PipelineRunOptions.KeepAnnotations"/> false, what extract asks for) builds
/// the same graph, and hands back of each document only its source and its diagnostics.
/// </summary>
public class GraphOnlyRunSpecs
{
    private static readonly PipelineRunOptions Lean = new() { KeepTokens = false, KeepAnnotations = false };

    /// <summary>Notes a warning on every document, so that the diagnostics a run hands back can be told from none.</summary>
    private sealed class Noting : IDocComponent
    {
        public string Name => "noting";

        public Doc Process(Doc doc) =>
            doc with { Diagnostics = doc.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, doc.Source.Origin.Path, $"noted {doc.Id}")) };
    }

    /// <summary>Keeps a weak reference to each analysed document's text, to tell whether anything holds it once the run is over.</summary>
    /// <summary>The default pipeline with a last component that notes each analysed document's text, weakly.</summary>
    private static KnowledgePipeline Watched(out TextWatcher watcher) =>
        new KnowledgePipelineBuilder().UseDefaults().Use(watcher = new TextWatcher()).Build();

    private sealed class TextWatcher : IDocComponent
    {
        public List<WeakReference<string>> Texts { get; } = [];

        public string Name => "text-watcher";

        public Doc Process(Doc doc)
        {
            lock (Texts) Texts.Add(new WeakReference<string>(doc.Text));
            return doc;
        }
    }

    private static int AliveAfterCollection(List<WeakReference<string>> texts)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return texts.Count(w => w.TryGetTarget(out _));
    }

    private static KnowledgePipeline NotingPipeline() => new KnowledgePipelineBuilder().UseDefaults().Use(new Noting()).Build();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_run_without_annotations_builds_the_graph_a_full_run_builds(int workers)
    {
        var full = DefaultPipeline.Run(Corpus, new PipelineRunOptions { MaxDegreeOfParallelism = workers });
        var lean = DefaultPipeline.Run(Corpus, Lean with { MaxDegreeOfParallelism = workers });

        Exports(lean.Graph).ShouldBeIdenticalTo(Exports(full.Graph), "the option says what the documents keep, not what the graph is built from");
    }

    [Fact]
    public void A_streamed_run_without_annotations_builds_the_graph_a_full_run_builds()
    {
        var full = DefaultPipeline.Run(Corpus, maxDegreeOfParallelism: 1);
        var lean = DefaultPipeline.Run(Corpus.Select(d => d), Lean with { MaxDegreeOfParallelism = 1 });

        Exports(lean.Graph).ShouldBeIdenticalTo(Exports(full.Graph), "a sequence that is not a list is analysed as read, and let go the same way");
    }

    [Fact]
    public void Its_documents_keep_their_sources_and_diagnostics_and_nothing_else()
    {
        var pipeline = NotingPipeline();
        var full = pipeline.Run(Corpus, keepTokens: false);
        var lean = pipeline.Run(Corpus, Lean);

        full.Documents.Should().Contain(d => !d.Entities.IsEmpty && !d.Quotes.IsEmpty, "the corpus has annotations to drop");
        lean.Documents.Select(d => d.Id).Should().Equal(full.Documents.Select(d => d.Id), "the same documents, in resolution order");
        lean.Documents.Select(d => d.Source).Should().Equal(full.Documents.Select(d => d.Source));
        lean.Diagnostics.Should().Equal(full.Diagnostics).And.HaveCount(Corpus.Length, "each document's own warning is kept");
        lean.Documents.Should().OnlyContain(d => d.Text.Length == 0 && d.Blocks.IsEmpty && d.Tokens.IsEmpty && d.Entities.IsEmpty
            && d.Dates.IsEmpty && d.Roles.IsEmpty && d.Quotes.IsEmpty && d.Events.IsEmpty && d.Relations.IsEmpty && d.Links.IsEmpty);
    }

    [Fact]
    public void A_run_keeps_the_annotations_unless_told_not_to()
    {
        new PipelineRunOptions().KeepAnnotations.Should().BeTrue();
        DefaultPipeline.Run(Corpus, new PipelineRunOptions { KeepTokens = false }).Documents.Should().Contain(d => d.Text.Length > 0 && !d.Entities.IsEmpty);
    }

    [Fact]
    public void Nothing_the_result_holds_keeps_the_texts_of_the_analyses()
    {
        var pipeline = Watched(out var watcher);

        var lean = pipeline.Run(Corpus.Select(d => d), Lean);

        watcher.Texts.Should().HaveCount(Corpus.Length);
        // A thread's scratch space for a stage may still point at the last document it analysed: a few, not the corpus.
        AliveAfterCollection(watcher.Texts).Should().BeLessThan(Corpus.Length / 3, "the texts went with the analyses; the graph holds slices of them, not them");
        GC.KeepAlive(lean);
    }

    [Fact]
    public void The_analyses_held_until_the_graph_is_built_keep_no_texts()
    {
        var pipeline = Watched(out var watcher);

        var held = pipeline.AnalyseForRun(Corpus.Select(d => d), Lean with { MaxDegreeOfParallelism = 1 });

        held.Should().HaveCount(Corpus.Length).And.Contain(d => !d.Entities.IsEmpty && !d.Events.IsEmpty, "the layers the graph reads are kept");
        held.Should().OnlyContain(d => d.Text.Length == 0 && d.Dates.IsEmpty && d.Links.IsEmpty, "the graph reads neither the whole text nor the dates or links layers");
        AliveAfterCollection(watcher.Texts).Should().BeLessThan(Corpus.Length / 3, "every document is analysed, and only the words of its names and triggers are held");
        GC.KeepAlive(held);
    }

    [Fact]
    public void A_run_that_keeps_the_annotations_holds_the_texts_until_the_graph_is_built()
    {
        var pipeline = Watched(out var watcher);

        var held = pipeline.AnalyseForRun(Corpus.Select(d => d), new PipelineRunOptions { KeepTokens = false, MaxDegreeOfParallelism = 1 });

        held.Should().Contain(d => d.Text.Length > 0 && !d.Links.IsEmpty);
        AliveAfterCollection(watcher.Texts).Should().Be(Corpus.Length, "its documents are handed back whole");
        GC.KeepAlive(held);
    }

    [Fact]
    public void A_run_that_keeps_the_annotations_keeps_the_texts()
    {
        var pipeline = Watched(out var watcher);

        var full = pipeline.Run(Corpus.Select(d => d), new PipelineRunOptions { KeepTokens = false });

        AliveAfterCollection(watcher.Texts).Should().Be(Corpus.Length, "the result's documents hold them");
        GC.KeepAlive(full);
    }
}
