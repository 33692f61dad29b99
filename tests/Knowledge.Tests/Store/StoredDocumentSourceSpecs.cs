using FluentAssertions;
using Knowledge.Ingestion;
using Knowledge.Resolution;
using Knowledge.Store;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Store;

/// <summary>
/// A store hands its documents to resolution one at a time, in id order (the one-shot run's), each pass with
/// the layers it reads: the entity pass gets the entities and text only, the edge pass every resolution layer.
/// </summary>
public sealed class StoredDocumentSourceSpecs
{
    private static void NoDamage(DamagedAnalysis damage) => Assert.Fail($"no stored document is damaged, yet {damage} was reported");

    private static KnowledgeStore StoreOf(Cli.TempDir dir, IEnumerable<SourceDocument> documents)
    {
        var store = KnowledgeStore.Open(dir.Combine("knowledge.db"), DefaultPipeline);
        store.Add(documents, new StoreOptions { BatchSize = 3 });
        return store;
    }

    [Fact]
    public void Documents_come_in_ordinal_id_order_whatever_order_they_were_added_in()
    {
        // UTF-16 order puts a character beyond the BMP (a surrogate pair) before U+FF21; a database's byte order does not.
        SourceDocument[] documents = [.. Corpus, Corpus[0] with { Id = "\uFF21-wide" }, Corpus[1] with { Id = "\U0001F600-emoji" }];
        using var dir = new Cli.TempDir();
        using var store = StoreOf(dir, documents.Reverse());

        var ids = new StoredDocumentSource(store.Backend, NoDamage).Enumerate(ResolutionPass.Entities).Select(d => d.Id).ToList();

        ids.Should().Equal(documents.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        ids.IndexOf("\U0001F600-emoji").Should().BeLessThan(ids.IndexOf("\uFF21-wide"));
    }

    [Fact]
    public void The_entity_pass_reads_entities_and_text_only_and_the_edge_pass_every_resolution_layer()
    {
        using var dir = new Cli.TempDir();
        using var store = StoreOf(dir, Corpus);
        var source = new StoredDocumentSource(store.Backend, NoDamage);

        var entityPass = source.Enumerate(ResolutionPass.Entities).ToList();
        var edgePass = source.Enumerate(ResolutionPass.Edges).ToList();

        entityPass.Sum(d => d.Entities.Length).Should().BePositive().And.Be(edgePass.Sum(d => d.Entities.Length));
        entityPass.Should().OnlyContain(d => d.Quotes.IsEmpty && d.Events.IsEmpty && d.Relations.IsEmpty && d.Roles.IsEmpty && d.Text.Length > 0);
        edgePass.Sum(d => d.Quotes.Length).Should().BePositive();
        edgePass.Sum(d => d.Events.Length).Should().BePositive();
        edgePass.Sum(d => d.Relations.Length).Should().BePositive();
        edgePass.Sum(d => d.Roles.Length).Should().BePositive();
    }

    [Fact]
    public void Documents_are_read_as_they_are_enumerated_not_all_at_once()
    {
        using var dir = new Cli.TempDir();
        using var store = StoreOf(dir, Corpus);
        using var documents = new StoredDocumentSource(store.Backend, NoDamage).Enumerate(ResolutionPass.Edges).GetEnumerator();
        documents.MoveNext().Should().BeTrue();
        string first = documents.Current.Id;

        // A document removed after the pass began is not read: the pass had not read it yet.
        string last = Corpus.Select(d => d.Id).Order(StringComparer.Ordinal).Last();
        using (var delete = store.Backend.Connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM documents WHERE id = @id";
            var id = delete.CreateParameter();
            id.ParameterName = "id";
            id.Value = last;
            delete.Parameters.Add(id);
            delete.ExecuteNonQuery().Should().Be(1);
        }
        var rest = new List<string>();
        while (documents.MoveNext()) rest.Add(documents.Current.Id);

        rest.Should().NotContain(last).And.NotContain(first).And.HaveCount(Corpus.Select(d => d.Id).Distinct().Count() - 2);
    }

    [Fact]
    public void A_document_with_a_damaged_row_is_left_out_of_the_pass_and_handed_over_with_its_row()
    {
        using var dir = new Cli.TempDir();
        using var store = StoreOf(dir, Corpus);
        string id = Corpus[0].Id;
        using (var command = store.Backend.Connection.CreateCommand())
        {
            command.CommandText = "UPDATE mentions SET record = '[1, 2' WHERE doc_id = @id AND layer = 'entity' AND ordinal = 1";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            parameter.Value = id;
            command.Parameters.Add(parameter);
            command.ExecuteNonQuery().Should().Be(1);
        }
        var damaged = new List<DamagedAnalysis>();

        var ids = new StoredDocumentSource(store.Backend, damaged.Add).Enumerate(ResolutionPass.Entities).Select(d => d.Id).ToList();

        ids.Should().NotContain(id).And.HaveCount(Corpus.Select(d => d.Id).Distinct().Count() - 1);
        var damage = damaged.Should().ContainSingle().Subject;
        damage.Id.Should().Be(id);
        damage.Where.Should().Be("entity row 1");
        damage.ContentHash.Should().NotBeEmpty();
        damage.Reason.Should().NotBeEmpty();
    }
}
