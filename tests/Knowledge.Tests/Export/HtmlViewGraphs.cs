using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Tests.Export;

/// <summary>A small invented graph for the HTML view: two speakers, three quotes (one that tries to close the script element), two documents.</summary>
internal static class HtmlViewGraphs
{
    public const string Speaker = "person:ada-quill";
    public const string Other = "person:bram-oduya";
    public const string Charity = "organization:northwind-relief";
    public const string Role = "role:field-coordinator:northwind-relief";
    public const string Place = "place:port-elsby";
    public const string DocA = "document:harbour-clinic-opens";
    public const string DocB = "document:relief-convoy-arrives";
    public const string QuoteA = "quote:harbour-clinic-opens:100";
    public const string QuoteB = "quote:harbour-clinic-opens:300";
    public const string QuoteC = "quote:relief-convoy-arrives:80";
    public const string QuoteD = "quote:relief-convoy-arrives:400";

    /// <summary>Words that would end a script element if they were pasted into the page as they are.</summary>
    public const string BreakingText = "Nobody expected </script><script>document.title='owned'</script> or <!-- this";

    public const string TextA = "We opened the clinic doors at dawn and kept them open.";
    public const string TextC = "the convoy had been delayed by two days at the border";

    public static KnowledgeGraph Build(bool reversed = false)
    {
        var nodes = new List<GraphNode>
        {
            Doc(DocA, "harbour-clinic-opens", "Harbour clinic opens its doors", new DateOnly(2024, 3, 5)),
            Doc(DocB, "relief-convoy-arrives", "Relief convoy arrives in Port Elsby", new DateOnly(2024, 4, 9)),
            new(Speaker, NodeType.Person, "Ada Quill") { Aliases = ["Ms. Quill", "Quill"] },
            new(Other, NodeType.Person, "Bram Oduya"),
            new(Charity, NodeType.Organization, "Northwind Relief"),
            new(Role, NodeType.Role, "Field Coordinator")
            {
                Properties = SampleGraphs.Props(("organization", "Northwind Relief"), ("title", "Field Coordinator")),
            },
            new(Place, NodeType.Place, "Port Elsby"),
            Quote(QuoteA, "harbour-clinic-opens", TextA, "direct", new DateOnly(2024, 3, 5), "published"),
            Quote(QuoteB, "harbour-clinic-opens", BreakingText, "direct", new DateOnly(2024, 3, 1), "explicit"),
            Quote(QuoteC, "relief-convoy-arrives", TextC, "indirect", new DateOnly(2024, 4, 9), "published"),
            Quote(QuoteD, "relief-convoy-arrives", "Every truck made it through.", "direct", new DateOnly(2024, 4, 9), "published"),
        };
        var edges = new List<(string, EdgeType, string)>
        {
            (DocA, EdgeType.MENTIONS, Speaker), (DocA, EdgeType.MENTIONS, Charity), (DocA, EdgeType.MENTIONS, Place),
            (DocB, EdgeType.MENTIONS, Speaker), (DocB, EdgeType.MENTIONS, Other), (DocB, EdgeType.MENTIONS, Place),
            (Speaker, EdgeType.HOLDS_ROLE, Role), (Role, EdgeType.AT, Charity),
            (Speaker, EdgeType.SAID, QuoteA), (Speaker, EdgeType.SAID, QuoteB), (Speaker, EdgeType.SAID, QuoteC),
            (Other, EdgeType.SAID, QuoteD),
            (QuoteA, EdgeType.IN, DocA), (QuoteB, EdgeType.IN, DocA), (QuoteC, EdgeType.IN, DocB), (QuoteD, EdgeType.IN, DocB),
            (Charity, EdgeType.LOCATED_IN, Place),
        };
        if (reversed)
        {
            nodes.Reverse();
            edges.Reverse();
        }
        var b = new KnowledgeGraphBuilder();
        foreach (var node in nodes) b.AddNode(node);
        foreach (var (s, t, target) in edges) b.AddEdge(s, t, target, [new Provenance("harbour-clinic-opens", 0, 1)]);
        return b.Build();
    }

    public static string Html(KnowledgeGraph graph, string title = HtmlViewWriter.DefaultTitle)
    {
        using var w = new StringWriter();
        HtmlViewWriter.Write(graph, w, title);
        return w.ToString();
    }

    private static GraphNode Doc(string id, string docId, string title, DateOnly published) =>
        new(id, NodeType.Document, title)
        {
            Properties = SampleGraphs.Props(("docId", docId), ("title", title), ("published", published), ("source", "/home/someone/private/input.json")),
        };

    private static GraphNode Quote(string id, string docId, string text, string kind, DateOnly date, string dateSource) =>
        new(id, NodeType.Quote, text.Length > 40 ? text[..40] + "…" : text)
        {
            Properties = SampleGraphs.Props(("text", text), ("kind", kind), ("date", date), ("dateSource", dateSource), ("docId", docId)),
        };
}
