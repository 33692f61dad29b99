using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>GraphMlWriter writes the very bytes the XmlWriter-based writer it replaced wrote, yEd variant included.</summary>
public class GraphMlXmlWriterEquivalenceSpecs
{
    private static byte[] Reference(KnowledgeGraph graph, bool yed)
    {
        using var ms = new MemoryStream();
        XmlWriterGraphMl.Write(graph, ms, new GraphMlOptions { Yed = yed });
        return ms.ToArray();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_graphs_are_written_byte_for_byte_as_XmlWriter_wrote_them(bool yed)
    {
        var random = new Random(yed ? 1818 : 18);
        for (int i = 0; i < 400; i++)
        {
            var graph = RandomGraphs.Next(random);
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
