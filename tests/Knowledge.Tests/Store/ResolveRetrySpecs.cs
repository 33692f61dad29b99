using FluentAssertions;
using Knowledge.Resolution;
using Knowledge.Store;
using Knowledge.Syntax;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// Resolution reads the stored documents in two passes; when another process adds a document in between, the
/// passes disagree, so Resolve resolves again and saves the graph of every document, the late one included.
/// </summary>
public sealed class ResolveRetrySpecs
{
    [Fact]
    public void A_document_added_while_the_graph_is_resolved_is_in_the_saved_graph()
    {
        using var dir = new Cli.TempDir();
        var location = dir.Combine("retry.db");
        var late = Corpus[^1];
        using var store = KnowledgeStore.Open(location, DefaultPipeline);
        using var otherProcess = KnowledgeStore.Open(location, DefaultPipeline);
        store.Add(Corpus.RemoveAt(Corpus.Length - 1));
        int attempts = 0;

        // The first attempt's source adds the late document through another connection once it has read its ids
        // and handed out its first document; later attempts read the store as it is.
        var graph = store.Resolve(damaged =>
        {
            var source = new StoredDocumentSource(store.Backend, damaged);
            return ++attempts > 1 ? source : new ChangingMidway(source, () => otherProcess.Add([late]));
        }, report: null);

        attempts.Should().Be(2, "the store changed during the first attempt, so it resolved again");
        var rows = new DocumentRows(store.Backend);
        rows.Revision(StoreSql.GraphRevision).Should().Be(rows.Revision(StoreSql.DocumentsRevision), "the saved graph is of the store as it now is");
        Exports(new GraphRows(store.Backend).Read()).ShouldBeIdenticalTo(OneShotExports(Corpus), "the saved graph holds the late document");
        Exports(graph).ShouldBeIdenticalTo(OneShotExports(Corpus), "the graph returned is the one saved");
    }

    [Fact]
    public void A_store_that_changes_during_every_attempt_is_resolved_three_times_and_its_graph_saved_as_out_of_date()
    {
        using var dir = new Cli.TempDir();
        var location = dir.Combine("busy.db");
        var late = InventedNews.Many(3);
        using var store = KnowledgeStore.Open(location, DefaultPipeline);
        using var otherProcess = KnowledgeStore.Open(location, DefaultPipeline);
        store.Add(Corpus);
        int attempts = 0;

        store.Resolve(damaged =>
        {
            var document = late[attempts++];
            return new ChangingMidway(new StoredDocumentSource(store.Backend, damaged), () => otherProcess.Add([document]));
        }, report: null);

        attempts.Should().Be(3, "resolution gives up after a few attempts rather than chase a busy store");
        var rows = new DocumentRows(store.Backend);
        rows.Revision(StoreSql.GraphRevision).Should().BeLessThan(rows.Revision(StoreSql.DocumentsRevision), "the saved graph is marked out of date");
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(OneShotExports([.. Corpus, .. late]), "reading it resolves again, every document included");
    }

    /// <summary>A document source that runs <paramref name="change"/> once, after handing out its first document.</summary>
    private sealed class ChangingMidway(IDocumentSource inner, Action change) : IDocumentSource
    {
        private bool _changed;

        public IEnumerable<Doc> Enumerate(ResolutionPass pass)
        {
            foreach (var doc in inner.Enumerate(pass))
            {
                yield return doc;
                if (_changed) continue;
                _changed = true;
                change();
            }
        }
    }
}
