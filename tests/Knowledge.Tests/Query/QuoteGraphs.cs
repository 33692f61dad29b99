using System.Collections.Immutable;
using Knowledge.Graph;

namespace Knowledge.Tests.Query;

/// <summary>A small hand-built graph of quotes, speakers, roles and documents for the query specs.</summary>
internal static class QuoteGraphs
{
    public static KnowledgeGraph TwoYearsOfQuotes()
    {
        var b = new KnowledgeGraphBuilder();
        Document(b, "spring", new DateOnly(2021, 4, 2));
        Document(b, "autumn", new DateOnly(2022, 10, 9));
        Document(b, "winter", new DateOnly(2023, 1, 20));

        b.AddNode(new GraphNode("person:marisol-ferreira", NodeType.Person, "Marisol Ferreira") { Aliases = ["Ferreira", "Dr. Ferreira"] });
        b.AddNode(new GraphNode("person:tomas-ferreira", NodeType.Person, "Tomás Ferreira Ruiz") { Aliases = ["Ferreira Ruiz"] });
        b.AddNode(new GraphNode("organization:harbor-literacy-foundation", NodeType.Organization, "Harbor Literacy Foundation") { Aliases = ["HLF"] });
        b.AddNode(new GraphNode("organization:river-council", NodeType.Organization, "River Council"));
        b.AddNode(new GraphNode("law:clean-rivers-act", NodeType.Law, "Clean Rivers Act") { Aliases = ["CRA"] });

        Role(b, "person:marisol-ferreira", "Program Officer", "organization:river-council", "spring", 10);
        Role(b, "person:marisol-ferreira", "Executive Director", "organization:harbor-literacy-foundation", "autumn", 12);

        Quote(b, "spring", 100, "Rivers belong to the towns that live beside them.", "person:marisol-ferreira", "2021-04-02", "published", about: "law:clean-rivers-act");
        Quote(b, "autumn", 200, "Every child in the district will have a library card by spring.", "person:marisol-ferreira", "2022-10-03", "explicit");
        Quote(b, "autumn", 50, "The foundation doubled its reading rooms this year.", "organization:harbor-literacy-foundation", "2022-10", "explicit", kind: "indirect");
        Quote(b, "winter", 30, "Reading is how a town remembers itself and its rivers.", "person:marisol-ferreira", "2023-01-20", "published", about: "organization:river-council");
        Quote(b, "winter", 400, "Nobody told us the bridge would close for a year.", null, "2023-01-20", "published");
        Quote(b, "winter", 300, "The ferry schedule will not change this winter at all.", "person:tomas-ferreira", null, "unknown");
        return b.Build();
    }

    /// <summary>
    /// A network with a unit (named with its acronym) that has a unit of its own (named without it), a member, a
    /// director, and an unrelated organisation; one quote each, all in one document.
    /// </summary>
    public static KnowledgeGraph NetworkWithUnits()
    {
        var b = new KnowledgeGraphBuilder();
        Document(b, "bulletin", new DateOnly(2024, 2, 6));
        b.AddNode(new GraphNode("organization:northwind-relief-network", NodeType.Organization, "Northwind Relief Network") { Aliases = ["NRN"] });
        b.AddNode(new GraphNode("organization:nrn-coastal-office", NodeType.Organization, "NRN Coastal Office"));
        b.AddNode(new GraphNode("organization:flood-response-unit", NodeType.Organization, "Flood Response Unit"));
        b.AddNode(new GraphNode("organization:harbor-literacy-foundation", NodeType.Organization, "Harbor Literacy Foundation"));
        b.AddEdge("organization:nrn-coastal-office", EdgeType.PART_OF, "organization:northwind-relief-network");
        b.AddEdge("organization:flood-response-unit", EdgeType.PART_OF, "organization:nrn-coastal-office");
        foreach (var name in new[] { "Paul Brandt", "Ines Okafor", "Lena Sorvik", "Omar Castell" })
            b.AddNode(new GraphNode("person:" + NodeIds.Slug(name), NodeType.Person, name));

        Role(b, "person:paul-brandt", "Director", "organization:northwind-relief-network", "bulletin", 10);
        Role(b, "person:ines-okafor", "Executive Director", "organization:flood-response-unit", "bulletin", 20);
        Role(b, "person:omar-castell", "Director", "organization:harbor-literacy-foundation", "bulletin", 30);
        b.AddEdge("person:lena-sorvik", EdgeType.MEMBER_OF, "organization:northwind-relief-network", [new Provenance("bulletin", 40, 50)]);

        Quote(b, "bulletin", 100, "The network will send boats north this week.", "person:paul-brandt", "2024-02-06", "published");
        Quote(b, "bulletin", 200, "The coastal office opened two shelters overnight.", "organization:nrn-coastal-office", "2024-02-06", "published", kind: "indirect");
        Quote(b, "bulletin", 300, "Our teams reached the last village before dawn.", "person:ines-okafor", "2024-02-06", "published");
        Quote(b, "bulletin", 400, "Volunteers are still needed at every pier.", "person:lena-sorvik", "2024-02-06", "published");
        Quote(b, "bulletin", 500, "Our reading rooms stay open for displaced families.", "person:omar-castell", "2024-02-06", "published");
        return b.Build();
    }

    private static void Document(KnowledgeGraphBuilder b, string id, DateOnly published) =>
        b.AddNode(new GraphNode("document:" + id, NodeType.Document, id.ToUpperInvariant())
        {
            Properties = Props(("docId", id), ("published", published), ("title", "The " + id + " story")),
        });

    private static void Role(KnowledgeGraphBuilder b, string person, string title, string org, string doc, int at)
    {
        string id = "role:" + NodeIds.Slug(title) + ":" + org[(org.IndexOf(':') + 1)..];
        b.AddNode(new GraphNode(id, NodeType.Role, title) { Properties = Props(("title", title)) });
        b.AddEdge(person, EdgeType.HOLDS_ROLE, id, [new Provenance(doc, at, at + title.Length)]);
        b.AddEdge(id, EdgeType.AT, org, [new Provenance(doc, at, at + title.Length)]);
    }

    private static void Quote(KnowledgeGraphBuilder b, string doc, int start, string text, string? speaker, string? date, string source,
        string kind = "direct", string? about = null)
    {
        string id = $"quote:{doc}:{start}";
        var props = new List<(string, object)> { ("text", text), ("docId", doc), ("kind", kind), ("dateSource", source) };
        if (date is not null) props.Add(("date", date));
        b.AddNode(new GraphNode(id, NodeType.Quote, text) { Properties = Props([.. props]), Mentions = [new Provenance(doc, start, start + text.Length)] });
        b.AddEdge(id, EdgeType.IN, "document:" + doc);
        if (speaker is not null) b.AddEdge(speaker, EdgeType.SAID, id, [new Provenance(doc, start, start + text.Length)]);
        if (about is not null) b.AddEdge(id, EdgeType.ABOUT, about);
    }

    private static PropertyMap Props(params (string Key, object Value)[] pairs) =>
        PropertyMap.Create(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));
}
