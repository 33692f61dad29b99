using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Store;
using Knowledge.Tests.Cli;
using Xunit;

namespace Knowledge.Tests.Resolution;

/// <summary>
/// A curation file corrects resolution by hand: a merge makes two names one node with both as aliases, a split
/// makes a name in some documents a node of its own; a store applies it on every resolve, so adding documents
/// in steps gives the one-shot graph, and a curated graph is never saved over the plain one.
/// </summary>
public sealed class CurationResolutionSpecs : IDisposable
{
    private const string Rules = "merge person: Lena Ostrow | Magdalena Ostrow-Vale\nsplit person: Martin Brandt @ river\n";

    private static readonly SourceDocument[] Documents =
    [
        Source("harbor", "Lena Ostrow opened the new ferry pier on Monday.\n\nMartin Brandt, the harbor master, thanked the crews."),
        Source("river", "Magdalena Ostrow-Vale chaired the river council.\n\nMartin Brandt, a fisherman, asked about the quotas."),
        Source("port", "Martin Brandt inspected the cranes at the port."),
    ];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static SourceDocument Source(string id, string body) =>
        new(id, body, BodyFormat.Markdown, new DocumentOrigin(id + ".md")) { Published = new DateOnly(2024, 3, 5) };

    private static KnowledgePipeline Curated() =>
        new KnowledgePipelineBuilder().UseDefaults().UseCuration(EntityCuration.Parse(Rules, "rules.txt")).Build();

    private static IEnumerable<GraphNode> People(KnowledgeGraph g) => g.NodesOf(NodeType.Person);

    [Fact]
    public void A_merge_makes_two_names_one_person_with_both_names()
    {
        var graph = Curated().Run(Documents).Graph;
        var person = People(graph).Should().ContainSingle(p => p.Label.Contains("Ostrow")).Subject;
        new[] { person.Label }.Concat(person.Aliases).Should().Contain(["Lena Ostrow", "Magdalena Ostrow-Vale"]);
        person.Properties["mergeEvidence"].Should().BeOfType<string>().Which.Should().EndWith("curation lines: 1");
    }

    [Fact]
    public void A_split_makes_the_name_in_the_listed_documents_another_person()
    {
        var brandts = People(Curated().Run(Documents).Graph).Where(p => p.Label == "Martin Brandt").ToList();
        brandts.Should().HaveCount(2);
        brandts.Select(p => string.Join(",", p.Mentions.Select(m => m.DocId).Distinct().Order(StringComparer.Ordinal)))
            .Should().BeEquivalentTo(["harbor,port", "river"]);
    }

    [Fact]
    public void Without_the_curation_the_names_resolve_as_before()
    {
        var people = People(KnowledgePipeline.CreateDefault().Run(Documents).Graph).Select(p => p.Label).ToList();
        people.Should().Contain(["Lena Ostrow", "Magdalena Ostrow-Vale"]);
        people.Count(l => l == "Martin Brandt").Should().Be(1);
    }

    [Fact]
    public void A_store_resolves_with_the_curation_in_steps_as_in_one_run()
    {
        using (var store = KnowledgeStore.Open(_dir.Combine("k.db"), Curated()))
        {
            store.Add(Documents.Take(1));
            store.Resolve();
            store.Add(Documents.Skip(1));
            Json(store.LoadGraph()).Should().Be(Json(Curated().Run(Documents).Graph));
        }
        using var plain = KnowledgeStore.Open(_dir.Combine("k.db"));
        Json(plain.LoadGraph()).Should().Be(Json(KnowledgePipeline.CreateDefault().Run(Documents).Graph), "a curated graph is not saved over the plain one");
    }

    private static string Json(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        JsonGraphWriter.Write(graph, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
