using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>GraphMlWriter writes the very bytes the XmlWriter-based writer it replaced wrote, yEd variant included.</summary>
public class GraphMlXmlWriterEquivalenceSpecs
{
    private static readonly string[] PropertyNames =
        ["label", "type", "weight", "docIds", "p_label", "count", "a<b", "weird name", "caf\u00E9", "x|y", "tags", "date", "n", "\uD83D\uDE00"];

    private static byte[] Reference(KnowledgeGraph graph, bool yed)
    {
        using var ms = new MemoryStream();
        XmlWriterGraphMl.Write(graph, ms, new GraphMlOptions { Yed = yed });
        return ms.ToArray();
    }

    private static object RandomValue(Random random) => random.Next(17) switch
    {
        0 => RandomXmlStrings.Next(random),
        1 => "",
        2 => random.Next(-1000, 1000),
        3 => (long)random.Next() * 1_000_003L,
        4 => random.NextDouble() * 1e6 - 5e5,
        5 => new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.1 + 0.2, -0.0, 1e-300 }[random.Next(6)],
        6 => (float)random.NextDouble(),
        7 => random.Next(2) == 0,
        8 => new DateOnly(1990 + random.Next(40), 1 + random.Next(12), 1 + random.Next(28)),
        9 => new DateTime(2020, 2, 29, 13, 14, 15, DateTimeKind.Utc).AddTicks(random.Next()),
        10 => new DateTimeOffset(2021, 6, 1, 8, 0, 0, TimeSpan.FromHours(random.Next(-12, 13))),
        11 => ImmutableArray.Create(RandomXmlStrings.Next(random), RandomXmlStrings.Next(random)),
        12 => ImmutableArray<string>.Empty,
        13 => new List<string> { RandomXmlStrings.Next(random) },
        14 => new List<string>(),
        15 => 12.5m,
        _ => new Guid(random.Next(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    };

    private static ImmutableSortedDictionary<string, object> RandomProperties(Random random)
    {
        var properties = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        int count = random.Next(6);
        for (int i = 0; i < count; i++) properties[PropertyNames[random.Next(PropertyNames.Length)]] = RandomValue(random);
        return properties.ToImmutable();
    }

    private static Provenance RandomProvenance(Random random) =>
        new(random.Next(5) == 0 ? RandomXmlStrings.Next(random, 4) : $"doc-{random.Next(6)}", random.Next(100), 100 + random.Next(100));

    private static KnowledgeGraph RandomGraph(Random random)
    {
        var b = new KnowledgeGraphBuilder();
        var types = Enum.GetValues<NodeType>();
        int nodes = random.Next(12);
        var ids = new List<string>();
        for (int i = 0; i < nodes; i++)
        {
            string id = random.Next(3) == 0 ? RandomXmlStrings.Next(random, 6) + i : $"person:n{i}";
            ids.Add(id);
            b.AddNode(new GraphNode(id, types[random.Next(types.Length)], RandomXmlStrings.Next(random))
            {
                Aliases = [.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomXmlStrings.Next(random, 6))],
                Mentions = [.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomProvenance(random))],
                Properties = RandomProperties(random),
            });
        }
        var edgeTypes = Enum.GetValues<EdgeType>();
        int edges = nodes == 0 ? 0 : random.Next(16);
        for (int i = 0; i < edges; i++)
            b.AddEdge(ids[random.Next(ids.Count)], edgeTypes[random.Next(edgeTypes.Length)], ids[random.Next(ids.Count)],
                [.. Enumerable.Range(0, random.Next(3)).Select(_ => RandomProvenance(random))], RandomProperties(random));
        return b.Build();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_graphs_are_written_byte_for_byte_as_XmlWriter_wrote_them(bool yed)
    {
        var random = new Random(yed ? 1818 : 18);
        for (int i = 0; i < 400; i++)
        {
            var graph = RandomGraph(random);
            SampleGraphs.GraphMl(graph, yed).Should().Equal(Reference(graph, yed), "graph {0} is written as XmlWriter wrote it", i);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_empty_graph_is_written_as_XmlWriter_wrote_it(bool yed)
    {
        var graph = new KnowledgeGraphBuilder().Build();
        SampleGraphs.GraphMl(graph, yed).Should().Equal(Reference(graph, yed));
    }
}
