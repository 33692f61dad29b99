using System.Text;
using System.Text.Json;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Export;

public class JsonIndentationSpecs
{
    private static string Write(KnowledgeGraph graph, JsonIndentation? indentation)
    {
        using var ms = new MemoryStream();
        if (indentation is { } i) JsonGraphWriter.Write(graph, ms, new JsonExportOptions { Indentation = i });
        else JsonGraphWriter.Write(graph, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static KnowledgeGraph Nodes(int count)
    {
        var b = new KnowledgeGraphBuilder();
        for (int i = 0; i < count; i++) b.AddNode(new GraphNode($"person:p{i}", NodeType.Person, "P"));
        return b.Build();
    }

    [Fact]
    public void By_default_a_small_graph_is_indented_exactly_as_always()
    {
        var graph = SampleGraphs.Build();
        var byDefault = Write(graph, null);
        byDefault.Should().Be(Write(graph, JsonIndentation.Always)).And.Be(Write(graph, JsonIndentation.Auto));
        byDefault.Should().StartWith("{\n  \"nodes\": [\n    {\n      \"id\": ");
    }

    [Fact]
    public void Never_writes_one_line_ended_by_a_newline_with_the_same_content_as_indented()
    {
        var graph = SampleGraphs.Build();
        var compact = Write(graph, JsonIndentation.Never);
        compact.Should().StartWith("{\"nodes\":[{\"id\":").And.EndWith("]}\n");
        compact.TrimEnd('\n').Should().NotContain("\n");
        var indented = Write(graph, JsonIndentation.Always);
        JsonSerializer.Serialize(JsonDocument.Parse(compact).RootElement).Should().Be(JsonSerializer.Serialize(JsonDocument.Parse(indented).RootElement));
        JsonGraphReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(compact))).Nodes.Should().HaveCount(graph.Nodes.Length);
    }

    [Fact]
    public void Auto_indents_up_to_the_node_limit_and_writes_larger_graphs_compact()
    {
        var options = new JsonExportOptions();
        options.Indentation.Should().Be(JsonIndentation.Auto);
        options.IsIndented(Nodes(JsonExportOptions.AutoIndentMaxNodes)).Should().BeTrue();
        var large = Nodes(JsonExportOptions.AutoIndentMaxNodes + 1);
        options.IsIndented(large).Should().BeFalse();
        Write(large, null).Should().StartWith("{\"nodes\":[{\"id\":\"person:p0\",");
        Write(large, JsonIndentation.Always).Should().StartWith("{\n  \"nodes\": [");
    }
}
