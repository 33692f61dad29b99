using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Store;
using Knowledge.Tests.Support;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// A stored analysis that cannot be read (a row edited by hand, a disk fault) does not stop resolution: the document
/// is reported by store, id and row, left out of the graph and marked failed with the reason, the graph is every other
/// document's, and adding the document again analyses it again.
/// </summary>
public sealed class DamagedAnalysisSpecs(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int DamagedIndex = 1;

    public static TheoryData<string, string> Damages => new()
    {
        // A mention row of the entity pass, and one only the edge pass reads: both passes must leave the document out.
        { "UPDATE mentions SET record = '{ \"Start\": 3, trunc' WHERE doc_id = @id AND layer = 'entity' AND ordinal = 0", "entity row 0" },
        { "UPDATE mentions SET record = 'not JSON at all' WHERE doc_id = @id AND layer = 'quote' AND ordinal = 0", "quote row 0" },
        { "UPDATE documents SET source = '{ \"Id\": ' WHERE id = @id", "source" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_analysis_is_reported_left_out_and_marked_failed_on_SQLite(string damage, string where)
    {
        using var dir = new Cli.TempDir();
        using var store = KnowledgeStore.Open(dir.Combine("damaged-analysis.db"), DefaultPipeline);

        IsLeftOutThenAnalysedAgain(store, damage, where);
    }

    [RequiresPostgresFact]
    public void A_damaged_analysis_is_reported_left_out_and_marked_failed_on_PostgreSQL()
    {
        using var store = KnowledgeStore.Open(database.Sibling("damaged_analysis"), DefaultPipeline);

        IsLeftOutThenAnalysedAgain(store, (string)Damages.First()[0], (string)Damages.First()[1]);
    }

    [Fact]
    public void A_store_read_again_after_the_damage_was_marked_reports_it_no_more()
    {
        using var dir = new Cli.TempDir();
        var location = dir.Combine("marked.db");
        using (var store = KnowledgeStore.Open(location, DefaultPipeline))
        {
            store.Add(Corpus);
            Damage(store, (string)Damages.First()[0], Corpus[DamagedIndex].Id);
            store.Resolve(_ => { }).Should().NotBeNull();
        }
        using var reopened = KnowledgeStore.Open(location, DefaultPipeline);
        var problems = new List<Diagnostic>();

        var graph = reopened.Resolve(problems.Add);

        problems.Should().BeEmpty("the damaged document was marked failed, without text, and resolution no longer reads it");
        Exports(graph).ShouldBeIdenticalTo(OneShotExports(Corpus.RemoveAt(DamagedIndex)), "the graph of every other document");
    }

    private static void IsLeftOutThenAnalysedAgain(KnowledgeStore store, string damage, string where)
    {
        string id = Corpus[DamagedIndex].Id;
        store.Add(Corpus);
        Damage(store, damage, id);
        var problems = new List<Diagnostic>();

        var graph = store.LoadGraph(problems.Add);

        var problem = problems.Should().ContainSingle().Subject;
        problem.Severity.Should().Be(DiagnosticSeverity.Error, "the document was skipped");
        problem.Path.Should().Be(store.Location);
        problem.Message.Should().Contain($"\"{id}\"").And.Contain(where).And.Contain("cannot be read");
        Exports(graph).ShouldBeIdenticalTo(OneShotExports(Corpus.RemoveAt(DamagedIndex)), "the graph of every other document");
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(Corpus.RemoveAt(DamagedIndex)), "the saved graph is that graph");
        store.QueueStatus().Should().Be(new QueueStatus(0, 0, Corpus.Length - 1, 1), "the damaged document is marked failed");
        var failed = store.FailedDocuments(10).Should().ContainSingle().Subject;
        failed.Id.Should().Be(id);
        failed.Reason.Should().StartWith($"its stored analysis cannot be read ({where}: ");

        var again = store.Add(Corpus);

        (again.Added + again.Replaced).Should().Be(1, "the damaged document, added again, is analysed again");
        again.Failed.Should().Be(0);
        again.Unchanged.Should().Be(Corpus.Length - 1);
        store.QueueStatus().Should().Be(new QueueStatus(0, 0, Corpus.Length, 0));
        store.FailedDocuments(10).Should().BeEmpty();
        Exports(store.LoadGraph()).ShouldBeIdenticalTo(OneShotExports(Corpus), "every document, the repaired one too");
    }

    /// <summary>Runs <paramref name="damage"/> (with <c>@id</c>) against the store, as a stray UPDATE or a broken disk would.</summary>
    private static void Damage(KnowledgeStore store, string damage, string id)
    {
        using var command = store.Backend.Connection.CreateCommand();
        command.CommandText = damage;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        command.ExecuteNonQuery().Should().Be(1, "the document's row is damaged");
    }
}
