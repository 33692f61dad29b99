using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Store;
using Knowledge.Syntax;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// A graph built in steps is the graph of all the documents: whatever the split and the order, the store's
/// exports are byte-identical to one run over the union; unchanged input is a no-op; a changed document
/// replaces its mentions.
/// </summary>
public sealed class IncrementalStoreSpecs
{
    private static readonly ImmutableSortedDictionary<string, byte[]> OneShot = OneShotExports(Corpus);

    public static TheoryData<string, int[][]> Splits => new()
    {
        { "A then B", [Range(0, Corpus.Length / 2), Range(Corpus.Length / 2, Corpus.Length)] },
        { "B then A", [Range(Corpus.Length / 2, Corpus.Length), Range(0, Corpus.Length / 2)] },
        { "three interleaved parts", [Every(3, 2), Every(3, 0), Every(3, 1)] },
        { "one document at a time, last first", [.. Range(0, Corpus.Length).Reverse().Select(i => new[] { i })] },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Documents_added_in_parts_give_the_exports_of_one_run_over_all(string split, int[][] parts)
    {
        using var dir = new Cli.TempDir();
        string path = dir.Combine("knowledge.db");
        foreach (var part in parts)
        {
            // Each step opens the store afresh and resolves, as separate commands would.
            using var store = KnowledgeStore.Open(path, DefaultPipeline);
            store.Add(part.Select(i => Corpus[i]), new StoreOptions { BatchSize = 2 });
            store.Resolve();
        }

        using var reopened = KnowledgeStore.Open(path, DefaultPipeline);
        Exports(reopened.LoadGraph()).ShouldBeIdenticalTo(OneShot, split);
        reopened.DocumentCount.Should().Be(Corpus.Length);
    }

    [Fact]
    public void Adding_unchanged_documents_again_analyses_nothing_and_changes_no_byte()
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("knowledge.db"), DefaultPipeline);
        store.Add(Corpus);
        var before = Exports(store.Resolve());

        var again = store.Add(Corpus);

        again.Should().BeEquivalentTo(new { Added = 0, Replaced = 0, Unchanged = Corpus.Length, Failed = 0, Changed = false });
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(before, "nothing changed");
    }

    [Fact]
    public void A_changed_document_replaces_its_mentions()
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("knowledge.db"), DefaultPipeline);
        store.Add(Corpus);
        store.Resolve();
        var edited = Corpus.Select(d => d.Id == "fishers-alliance"
            ? d with { Body = "The Northern Fishers Alliance met on Friday. \"We need cold storage,\" said its treasurer Tomas Lim." }
            : d).ToImmutableArray();

        var update = store.Add(edited);

        update.Should().BeEquivalentTo(new { Added = 0, Replaced = 1, Unchanged = Corpus.Length - 1, Failed = 0 });
        var graph = store.LoadGraph();
        graph.NodesOf(Knowledge.Graph.NodeType.Person).Select(p => p.Label).Should().Contain("Tomas Lim", "the new text names him");
        graph.Nodes.Select(n => n.Label).Should().NotContain("Coastal Rights Coalition", "only the old text of this document named it");
        Exports(graph).ShouldBeIdenticalTo(OneShotExports(edited), "the store holds the edited document's mentions only");
        MentionRowCount(store, "fishers-alliance").Should().Be(AnalysisCodec.Rows(DefaultPipeline.Run([edited.Single(d => d.Id == "fishers-alliance")], keepTokens: false).Documents[0]).Count());
    }

    [Fact]
    public void Documents_added_again_with_another_pipeline_are_analysed_again()
    {
        using var dir = new Cli.TempDir();
        string path = dir.Combine("knowledge.db");
        using (var store = KnowledgeStore.Open(path, DefaultPipeline)) store.Add(InventedNews.Documents);
        var withoutEvents = new KnowledgePipelineBuilder().UseDefaults().Remove<Knowledge.Extraction.Events.EventExtractor>().Build();

        using var changed = KnowledgeStore.Open(path, withoutEvents);
        var update = changed.Add(InventedNews.Documents);

        update.Replaced.Should().Be(InventedNews.Documents.Length, "stored analyses came from other components");
        Exports(changed.Resolve()).ShouldBeIdenticalTo(Exports(withoutEvents.Run(InventedNews.Documents, keepTokens: false).Graph), "no stale event is left");
    }

    [Fact]
    public void A_document_whose_analysis_fails_is_counted_and_kept_as_the_one_shot_run_keeps_it()
    {
        var pipeline = new KnowledgePipelineBuilder().UseDefaults().Use(new ThrowsOn("ferry-act-amended")).Build();
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("knowledge.db"), pipeline);

        var update = store.Add(InventedNews.Documents);

        update.Failed.Should().Be(1);
        update.Added.Should().Be(InventedNews.Documents.Length - 1);
        update.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("analysis failed"));
        Exports(store.Resolve()).ShouldBeIdenticalTo(Exports(pipeline.Run(InventedNews.Documents, keepTokens: false).Graph), "a failed document is a Document node in both");
        var failed = store.FailedDocuments(10).Should().ContainSingle("the store keeps why it failed, for later runs to show").Subject;
        failed.Id.Should().Be("ferry-act-amended");
        failed.Reason.Should().Contain("invented failure");
    }

    [Fact]
    public void Progress_is_told_after_each_committed_batch()
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("knowledge.db"), DefaultPipeline);
        var told = new List<StoreProgress>();

        store.Add(InventedNews.Documents, new StoreOptions { BatchSize = 4 }, new Synchronous<StoreProgress>(told.Add));

        told.Select(p => (p.Batches, p.Documents)).Should().Equal((1, 4), (2, InventedNews.Documents.Length));
        told[^1].Added.Should().Be(InventedNews.Documents.Length);
    }

    private static int MentionRowCount(KnowledgeStore store, string docId)
    {
        using var command = store.Backend.Connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM mentions WHERE doc_id = @id";
        StoreCommands.Add(command, "id", docId);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static int[] Range(int from, int to) => Enumerable.Range(from, to - from).ToArray();

    private static int[] Every(int step, int offset) => Enumerable.Range(0, Corpus.Length).Where(i => i % step == offset).ToArray();

    /// <summary>A component that throws on one document, as a bug would.</summary>
    private sealed class ThrowsOn(string id) : IDocComponent
    {
        public string Name => "throws";

        public Doc Process(Doc doc) => doc.Id == id ? throw new InvalidOperationException("invented failure") : doc;
    }
}

/// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread, at once.</summary>
internal sealed class Synchronous<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
