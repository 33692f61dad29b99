using System.Collections.Immutable;
using Knowledge.Graph;

namespace Knowledge.Tests.Query;

/// <summary>
/// A small hand-built graph for the analytics specs. Without documents: Ana Lima holds a role at Harbor Trust and
/// speaks about the Water Act and Harbor Trust; Ben Ortiz is a member of Valley Bank and speaks about the Water Act;
/// Cara Nolan is only named in an article; a place is named nowhere at all.
/// </summary>
internal static class AnalyticsGraphs
{
    public const string Ana = "person:ana-lima";
    public const string Ben = "person:ben-ortiz";
    public const string Cara = "person:cara-nolan";
    public const string Harbor = "organization:harbor-trust";
    public const string HarborFund = "organization:harbor-trust-fund";
    public const string Valley = "organization:valley-bank";
    public const string WaterAct = "law:water-act";
    public const string Nowhere = "place:nowhere";

    public static KnowledgeGraph Build()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("document:d1", NodeType.Document, "Harbor news") { Properties = Props(("docId", "d1")) });
        b.AddNode(new GraphNode("document:d2", NodeType.Document, "Valley news") { Properties = Props(("docId", "d2")) });
        b.AddNode(new GraphNode(Ana, NodeType.Person, "Ana Lima") { Aliases = ["Lima", "Dr. Ana Lima"], Mentions = Spans("d1", 3) });
        b.AddNode(new GraphNode(Ben, NodeType.Person, "Ben Ortiz") { Aliases = ["Ortiz"], Mentions = Spans("d2", 2) });
        b.AddNode(new GraphNode(Cara, NodeType.Person, "Cara Nolan") { Mentions = Spans("d2", 1) });
        b.AddNode(new GraphNode(Harbor, NodeType.Organization, "Harbor Trust") { Mentions = Spans("d1", 1) });
        b.AddNode(new GraphNode(HarborFund, NodeType.Organization, "Harbor Trust Fund") { Mentions = Spans("d1", 3) });
        b.AddNode(new GraphNode(Valley, NodeType.Organization, "Valley Bank") { Aliases = ["VB"], Mentions = Spans("d2", 1) });
        b.AddNode(new GraphNode(WaterAct, NodeType.Law, "Water Act"));
        b.AddNode(new GraphNode(Nowhere, NodeType.Place, "Nowhere"));
        b.AddNode(new GraphNode("role:director:harbor-trust", NodeType.Role, "Director"));

        b.AddEdge(Ana, EdgeType.HOLDS_ROLE, "role:director:harbor-trust");
        b.AddEdge("role:director:harbor-trust", EdgeType.AT, Harbor);
        b.AddEdge(Ben, EdgeType.MEMBER_OF, Valley);
        Quote(b, "d1", 10, Ana, WaterAct, "The Water Act came too late for the harbor.");
        Quote(b, "d1", 90, Ana, Harbor, "Ana Lima says the trust will hire divers.");
        Quote(b, "d2", 40, Ben, WaterAct, "The Water Act will cost the valley dearly.");
        foreach (var id in new[] { Ana, Harbor, HarborFund, WaterAct }) b.AddEdge("document:d1", EdgeType.MENTIONS, id);
        foreach (var id in new[] { Ben, Cara, Valley, WaterAct }) b.AddEdge("document:d2", EdgeType.MENTIONS, id);
        return b.Build();
    }

    private static void Quote(KnowledgeGraphBuilder b, string doc, int at, string speaker, string about, string text)
    {
        string id = $"quote:{doc}:{at}";
        b.AddNode(new GraphNode(id, NodeType.Quote, text) { Properties = Props(("text", text), ("docId", doc)) });
        b.AddEdge(speaker, EdgeType.SAID, id);
        b.AddEdge(id, EdgeType.ABOUT, about);
        b.AddEdge(id, EdgeType.IN, "document:" + doc);
    }

    private static ImmutableArray<Provenance> Spans(string doc, int count) =>
        Enumerable.Range(0, count).Select(i => new Provenance(doc, i * 100, i * 100 + 5)).ToImmutableArray();

    private static PropertyMap Props(params (string Key, object Value)[] pairs) =>
        PropertyMap.Create(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));
}
