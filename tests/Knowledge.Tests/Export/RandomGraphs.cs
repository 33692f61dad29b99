using System.Collections.Immutable;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Tests.Export;

/// <summary>Random graphs for the specs that compare a writer with the reference writer it replaced: strings of every awkward kind, properties of every value type, empty lists and strings.</summary>
internal static class RandomGraphs
{
    private static readonly string[] PropertyNames =
        ["label", "type", "weight", "docIds", "p_label", "count", "a<b", "weird name", "caf\u00E9", "x|y", "tags", "date", "n", "\uD83D\uDE00"];

    private static object RandomValue(Random random, Func<Random, int, string> text) => random.Next(17) switch
    {
        0 => text(random, 24),
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
        11 => ImmutableArray.Create(text(random, 24), text(random, 24)),
        12 => ImmutableArray<string>.Empty,
        13 => new List<string> { text(random, 24) },
        14 => new List<string>(),
        15 => 12.5m,
        _ => new Guid(random.Next(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    };

    private static PropertyMap RandomProperties(Random random, Func<Random, int, string> text)
    {
        var properties = new PropertyMapBuilder();
        int count = random.Next(6);
        for (int i = 0; i < count; i++) properties[PropertyNames[random.Next(PropertyNames.Length)]] = RandomValue(random, text);
        return properties.ToImmutable();
    }

    private static Provenance RandomProvenance(Random random, Func<Random, int, string> text) =>
        new(random.Next(5) == 0 ? text(random, 4) : $"doc-{random.Next(6)}", random.Next(-2, 100), 100 + random.Next(100_000))
        {
            Source = random.Next(3) == 0 ? null : new SourceSpan(Enum.GetValues<SourceField>()[random.Next(4)], random.Next(1_000_000), random.Next(int.MaxValue))
            {
                Line = random.Next(2) == 0 ? 0 : random.Next(1, 5_000),
                Column = random.Next(1, 300),
            },
        };

    /// <summary>A graph of up to 11 nodes and 15 edges between them, its strings from <see cref="RandomXmlStrings"/>.</summary>
    public static KnowledgeGraph Next(Random random) => Next(random, RandomXmlStrings.Next);

    /// <summary>A graph of up to 11 nodes and 15 edges between them, its strings (ids, labels, aliases, document ids, values) from <paramref name="text"/> (random, most pieces).</summary>
    public static KnowledgeGraph Next(Random random, Func<Random, int, string> text)
    {
        var b = new KnowledgeGraphBuilder();
        var types = Enum.GetValues<NodeType>();
        int nodes = random.Next(12);
        var ids = new List<string>();
        for (int i = 0; i < nodes; i++)
        {
            string id = random.Next(3) == 0 ? text(random, 6) + i : $"person:n{i}";
            ids.Add(id);
            b.AddNode(new GraphNode(id, types[random.Next(types.Length)], text(random, 24))
            {
                Aliases = [.. Enumerable.Range(0, random.Next(4)).Select(_ => text(random, 6))],
                Mentions = [.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomProvenance(random, text))],
                Properties = RandomProperties(random, text),
            });
        }
        var edgeTypes = Enum.GetValues<EdgeType>();
        int edges = nodes == 0 ? 0 : random.Next(16);
        for (int i = 0; i < edges; i++)
            b.AddEdge(ids[random.Next(ids.Count)], edgeTypes[random.Next(edgeTypes.Length)], ids[random.Next(ids.Count)],
                [.. Enumerable.Range(0, random.Next(3)).Select(_ => RandomProvenance(random, text))], RandomProperties(random, text));
        return b.Build();
    }
}
