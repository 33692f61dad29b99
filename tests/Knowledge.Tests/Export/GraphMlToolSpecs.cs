using System.Text.Json;
using FluentAssertions;
using Knowledge.Tests.Support;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>The GraphML export checked by the tools users load it with: xmllint (schema), NetworkX and igraph.</summary>
public sealed class GraphMlToolSpecs : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string WriteGraphMl(bool yed = false)
    {
        string path = _dir.File(yed ? "yed.graphml" : "plain.graphml");
        File.WriteAllBytes(path, SampleGraphs.GraphMl(SampleGraphs.Build(), yed));
        return path;
    }

    private static string Quote(string arg) => "\"" + arg.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [RequiresToolFact("xmllint", "--version")]
    public void Plain_output_validates_against_the_graphml_schema()
    {
        string schema = Path.Combine(AppContext.BaseDirectory, "Export", "Schema", "graphml.xsd");
        File.Exists(schema).Should().BeTrue("the test project copies the schema to its output");
        string file = WriteGraphMl();

        var (code, stdout, stderr) = Tools.Run("xmllint", $"--nonet --noout --schema {Quote(schema)} {Quote(file)}", _dir.Path);

        code.Should().Be(0, stdout + stderr);
        stderr.Should().Contain("validates");
    }

    [RequiresToolFact("xmllint", "--version")]
    public void Ids_and_property_names_that_are_not_nmtokens_still_validate()
    {
        var b = new Knowledge.Graph.KnowledgeGraphBuilder();
        b.AddNode(new Knowledge.Graph.GraphNode("person:has space & <more>", Knowledge.Graph.NodeType.Person, "A")
        {
            Properties = SampleGraphs.Props(("odd name", "x"), ("", 1), ("\u0001", true)),
        });
        b.AddNode(new Knowledge.Graph.GraphNode("place:x", Knowledge.Graph.NodeType.Place, ""));
        b.AddEdge("person:has space & <more>", Knowledge.Graph.EdgeType.LOCATED_IN, "place:x");
        string schema = Path.Combine(AppContext.BaseDirectory, "Export", "Schema", "graphml.xsd");
        string file = _dir.File("odd.graphml");
        File.WriteAllBytes(file, SampleGraphs.GraphMl(b.Build()));

        var (code, stdout, stderr) = Tools.Run("xmllint", $"--nonet --noout --schema {Quote(schema)} {Quote(file)}", _dir.Path);

        code.Should().Be(0, stdout + stderr);
    }

    [RequiresToolFact("xmllint", "--version")]
    public void Yed_output_is_well_formed_for_xmllint()
    {
        string file = WriteGraphMl(yed: true);
        var (code, stdout, stderr) = Tools.Run("xmllint", $"--nonet --noout {Quote(file)}", _dir.Path);
        code.Should().Be(0, stdout + stderr);
    }

    [RequiresToolFact("python3", "-c \"import networkx\"")]
    public void NetworkX_reads_the_nodes_edges_and_typed_attributes()
    {
        var graph = SampleGraphs.Build();
        string script = Path.Combine(AppContext.BaseDirectory, "Export", "load_graphml.py");
        string file = WriteGraphMl();

        var (code, stdout, stderr) = Tools.Run("python3", $"{Quote(script)} {Quote(file)}", _dir.Path);

        code.Should().Be(0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        json.GetProperty("directed").GetBoolean().Should().BeTrue();
        json.GetProperty("nodes").GetInt32().Should().Be(graph.Nodes.Length);
        json.GetProperty("edges").GetInt32().Should().Be(graph.Edges.Length);
        json.GetProperty("labels").GetProperty(SampleGraphs.Quote).GetString().Should().Be(graph.FindById(SampleGraphs.Quote)!.Label);
        json.GetProperty("labels").GetProperty(SampleGraphs.Person).GetString().Should().Be("Maria Santos \"Mia\" & <co> 😀");
        json.GetProperty("types").GetProperty(SampleGraphs.Org).GetString().Should().Be("Organization");
        json.GetProperty("mentions").GetProperty(SampleGraphs.Person).GetInt32().Should().Be(2);
        var person = json.GetProperty("nodeProps").GetProperty(SampleGraphs.Person);
        person.GetProperty("age").GetInt32().Should().Be(42);
        person.GetProperty("verified").GetBoolean().Should().BeTrue();
        person.GetProperty("big").GetInt64().Should().Be(5_000_000_000L);
        person.GetProperty("born").GetString().Should().Be("1980-12-31");
        var said = json.GetProperty("edgeList").EnumerateArray()
            .Single(e => e[0].GetString() == SampleGraphs.Person && e[1].GetString() == SampleGraphs.Quote)[2];
        said.GetProperty("weight").GetDouble().Should().Be(1.0);
        said.GetProperty("label").GetString().Should().Be("said");
        said.GetProperty("confidence").GetDouble().Should().Be(0.9);
        said.GetProperty("date").GetString().Should().Be("2023-02-08");
    }

    [RequiresToolFact("/usr/bin/python3", "-c \"import igraph\"")]
    public void Igraph_reads_the_counts_and_labels()
    {
        var graph = SampleGraphs.Build();
        string file = WriteGraphMl();
        const string script =
            "import igraph, json, sys; g = igraph.Graph.Read_GraphML(sys.argv[1]); " +
            "print(json.dumps({'v': g.vcount(), 'e': g.ecount(), 'directed': g.is_directed(), " +
            "'ids': g.vs['id'], 'labels': g.vs['label'], 'weights': g.es['weight'], 'age': [None if a != a else a for a in g.vs['age']]}))";

        var (code, stdout, stderr) = Tools.Run("/usr/bin/python3", $"-c {Quote(script)} {Quote(file)}", _dir.Path);

        code.Should().Be(0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        json.GetProperty("v").GetInt32().Should().Be(graph.Nodes.Length);
        json.GetProperty("e").GetInt32().Should().Be(graph.Edges.Length);
        json.GetProperty("directed").GetBoolean().Should().BeTrue();
        json.GetProperty("ids").EnumerateArray().Select(x => x.GetString()).Should().Equal(graph.Nodes.Select(n => n.Id));
        var labels = json.GetProperty("labels").EnumerateArray().Select(x => x.GetString()).ToList();
        labels[graph.Nodes.IndexOf(graph.FindById(SampleGraphs.Role)!)].Should().Be("Executive Director");
        json.GetProperty("weights").EnumerateArray().Select(x => x.GetDouble()).Should().Equal(graph.Edges.Select(e => (double)e.Weight));
        json.GetProperty("age")[graph.Nodes.IndexOf(graph.FindById(SampleGraphs.Person)!)].GetDouble().Should().Be(42);
    }
}
