using System.Collections.Immutable;
using Knowledge.Export;
using Knowledge.Graph;

namespace Knowledge.Tests.Export;

/// <summary>A small graph with the awkward cases the exporters must handle.</summary>
internal static class SampleGraphs
{
    public const string DocId = "doc-1";
    public const string DocNode = "document:doc-1";
    public const string Person = "person:maria-santos";
    public const string Org = "organization:hla";
    public const string Quote = "quote:doc-1:120";
    public const string Role = "role:director";

    /// <summary>Control character, emoji, '&amp;', '&lt;' and quotes.</summary>
    public const string PersonLabel = "Maria \u0001Santos \"Mia\" & <co> 😀";

    /// <summary>A lone high surrogate and a U+FFFE.</summary>
    public const string OrgLabel = "Harbor \uD800Light\uFFFE Alliance";

    public static KnowledgeGraph Build(bool reversed = false)
    {
        var nodes = new List<GraphNode>
        {
            new(DocNode, NodeType.Document, "Survivors & <friends> say \"enough\"")
            {
                Properties = Props(("docId", DocId), ("title", "Survivors' network launched"), ("published", new DateOnly(2023, 2, 8))),
            },
            new(Person, NodeType.Person, PersonLabel)
            {
                Aliases = ["Ms. Santos", "Santos"],
                Properties = Props(
                    ("age", 42),
                    ("verified", true),
                    ("nicknames", new[] { "Mia", "M|S" }),
                    ("born", new DateOnly(1980, 12, 31)),
                    ("score", 7),
                    ("confidence", 0.75),
                    ("big", 5_000_000_000L),
                    ("type", "survivor"),
                    ("p_note", "already prefixed")),
                Mentions = [new Provenance(DocId, 10, 22), new Provenance(DocId, 50, 55)],
            },
            new(Org, NodeType.Organization, OrgLabel)
            {
                Aliases = ["HLA"],
                Properties = Props(("score", "high"), ("founded", 1997), ("nonprofit", true)),
                Mentions = [new Provenance(DocId, 60, 63)],
            },
            new(Quote, NodeType.Quote, "We will not stop until every child is safe.")
            {
                Properties = Props(("text", "We will not stop until every child is safe."), ("date", new DateOnly(2023, 2, 8)), ("docId", DocId)),
                Mentions = [new Provenance(DocId, 120, 163)],
            },
            new(Role, NodeType.Role, "Executive Director"),
        };
        var edges = new List<Action<KnowledgeGraphBuilder>>
        {
            b => b.AddEdge(DocNode, EdgeType.MENTIONS, Person, [new Provenance(DocId, 10, 22), new Provenance(DocId, 50, 55)]),
            b => b.AddEdge(DocNode, EdgeType.MENTIONS, Org, [new Provenance(DocId, 60, 63)]),
            b => b.AddEdge(Person, EdgeType.SAID, Quote, [new Provenance(DocId, 120, 163)],
                new Dictionary<string, object> { ["date"] = new DateOnly(2023, 2, 8), ["confidence"] = 0.9 }),
            b => b.AddEdge(Quote, EdgeType.IN, DocNode),
            b => b.AddEdge(Person, EdgeType.HOLDS_ROLE, Role, [new Provenance(DocId, 23, 41)]),
            b => b.AddEdge(Person, EdgeType.MEMBER_OF, Org, null,
                new Dictionary<string, object> { ["since"] = new DateOnly(2019, 1, 1), ["label"] = "staff", ["weight"] = 3 }),
        };
        if (reversed)
        {
            nodes.Reverse();
            edges.Reverse();
        }
        var builder = new KnowledgeGraphBuilder();
        foreach (var n in nodes) builder.AddNode(n);
        foreach (var e in edges) e(builder);
        return builder.Build();
    }

    public static PropertyMap Props(params (string Key, object Value)[] props) =>
        PropertyMap.Create(props.Select(p => KeyValuePair.Create(p.Key, p.Value)));

    public static byte[] Json(KnowledgeGraph graph)
    {
        using var ms = new MemoryStream();
        JsonGraphWriter.Write(graph, ms);
        return ms.ToArray();
    }

    public static byte[] GraphMl(KnowledgeGraph graph, bool yed = false)
    {
        using var ms = new MemoryStream();
        GraphMlWriter.Write(graph, ms, new GraphMlOptions { Yed = yed });
        return ms.ToArray();
    }
}

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "knowledge-export-" + Guid.NewGuid().ToString("N"));

    public TempDir() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
