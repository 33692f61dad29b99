using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>knowledge.html: one self-contained file whose embedded data is the graph, safely escaped and deterministic.</summary>
public sealed class HtmlViewWriterSpecs
{
    private static readonly Regex DataBlock = new(
        "<script type=\"application/json\" id=\"graph-data\">(?<json>.*?)</script>", RegexOptions.Singleline);

    private static JsonElement Data(string html)
    {
        var m = DataBlock.Match(html);
        m.Success.Should().BeTrue("the page embeds its data in a JSON script element");
        return JsonDocument.Parse(m.Groups["json"].Value).RootElement.Clone();
    }

    [Fact]
    public void The_page_is_one_html_document_that_fetches_nothing()
    {
        string html = HtmlViewGraphs.Html(HtmlViewGraphs.Build());

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        html.TrimEnd().Should().EndWith("</html>");
        Regex.Matches(html, "<html").Should().HaveCount(1);
        html.Should().NotContainAny("http://", "https://", "//cdn", " src=", "<link", "@import", "url(", "<iframe", "fetch(", "XMLHttpRequest");
        html.Should().Contain("content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\"",
            "a Content-Security-Policy makes the browser refuse any request the page might make");
        Regex.Matches(html, "<script").Should().HaveCount(2, "the data block and the inlined script");
        Regex.Matches(html, "<style>").Should().HaveCount(1);
        html.Should().Contain("function layout(").And.Contain("KnowledgeLayout.layout(").And.Contain("#legend");
    }

    [Fact]
    public void The_embedded_data_holds_every_node_edge_and_quote()
    {
        var graph = HtmlViewGraphs.Build();

        var data = Data(HtmlViewGraphs.Html(graph));

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        nodes.Select(n => n.GetProperty("id").GetString()).Should().Equal(graph.Nodes.Select(n => n.Id));
        nodes.Select(n => n.GetProperty("label").GetString()).Should().Equal(graph.Nodes.Select(n => n.Label));
        nodes.Select(n => n.GetProperty("type").GetString()).Should().Equal(graph.Nodes.Select(n => n.Type.ToString()));
        var ada = nodes.Single(n => n.GetProperty("id").GetString() == HtmlViewGraphs.Speaker);
        ada.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal("Ms. Quill", "Quill");

        var edges = data.GetProperty("edges").EnumerateArray()
            .Select(e => (graph.Nodes[e[0].GetInt32()].Id, e[2].GetString()!, graph.Nodes[e[1].GetInt32()].Id)).ToList();
        edges.Should().Equal(graph.Edges.Select(e => (e.Source.Id, e.Type.ToString(), e.Target.Id)));

        var quotes = data.GetProperty("quotes").EnumerateArray().ToList();
        quotes.Should().HaveCount(4);
        var c = quotes.Single(q => q.GetProperty("id").GetString() == HtmlViewGraphs.QuoteC);
        c.GetProperty("text").GetString().Should().Be(HtmlViewGraphs.TextC);
        c.GetProperty("kind").GetString().Should().Be("indirect");
        c.GetProperty("date").GetString().Should().Be("2024-04-09");
        c.GetProperty("dateSource").GetString().Should().Be("published");
        c.GetProperty("document").GetString().Should().Be("Relief convoy arrives in Port Elsby");
        c.GetProperty("role").GetString().Should().Be("Field Coordinator, Northwind Relief");
        graph.Nodes[c.GetProperty("speaker").GetInt32()].Id.Should().Be(HtmlViewGraphs.Speaker);
        graph.Nodes[c.GetProperty("node").GetInt32()].Id.Should().Be(HtmlViewGraphs.QuoteC);
        graph.Nodes[c.GetProperty("docNode").GetInt32()].Id.Should().Be(HtmlViewGraphs.DocB);
        quotes.Select(q => q.GetProperty("date").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal, "quotes come by date");
    }

    [Fact]
    public void The_data_carries_shown_properties_but_no_file_paths()
    {
        string html = HtmlViewGraphs.Html(HtmlViewGraphs.Build());

        var doc = Data(html).GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == HtmlViewGraphs.DocA);
        doc.GetProperty("props").GetProperty("published").GetString().Should().Be("2024-03-05");
        html.Should().NotContain("/home/someone", "a page meant for sharing must not leak the input's location");
    }

    [Fact]
    public void Text_that_would_close_the_script_element_is_escaped_and_still_reads_back()
    {
        string html = HtmlViewGraphs.Html(HtmlViewGraphs.Build());

        Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Should().HaveCount(2, "only the page's own two script elements end");
        html.Should().NotContain("<!--").And.NotContain("document.title='owned'");
        html.Should().Contain("\\u003C/script\\u003E");
        Data(html).GetProperty("quotes").EnumerateArray()
            .Select(q => q.GetProperty("text").GetString()).Should().Contain(HtmlViewGraphs.BreakingText);
    }

    [Fact]
    public void Labels_with_markup_cannot_break_out_either()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("person:x", NodeType.Person, "</SCRIPT ><img src=x onerror=alert(1)> & \u2028 \uD800 😀"));

        string html = HtmlViewGraphs.Html(b.Build());

        Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Should().HaveCount(2);
        html.Should().NotContain("<img");
        Data(html).GetProperty("nodes")[0].GetProperty("label").GetString()
            .Should().Be("</SCRIPT ><img src=x onerror=alert(1)> & \u2028  😀", "a lone surrogate is dropped, everything else kept");
    }

    [Fact]
    public void The_inlined_resources_cannot_end_their_own_elements_early()
    {
        HtmlViewWriter.ResourceNames.Should().Contain(["graph-view.css", "graph-layout.js", "graph-view.js"]);
        foreach (var name in HtmlViewWriter.ResourceNames.Where(n => !n.EndsWith(".html", StringComparison.Ordinal)))
        {
            string text = HtmlViewWriter.ReadResource(name);
            text.Should().NotBeEmpty();
            text.Should().NotContainAny(["</script", "</style", "<!--", "</SCRIPT", "</STYLE"], name + " is pasted inside a script or style element");
            text.Should().NotContainAny(["http://", "https://"], name + " must not refer to anything outside the page");
        }
        HtmlViewWriter.ReadResource("graph-view.html").Should()
            .Contain("{{title}}").And.Contain("{{style}}").And.Contain("{{script}}").And.Contain("{{data}}");
    }

    [Fact]
    public void The_title_is_html_encoded()
    {
        string html = HtmlViewGraphs.Html(KnowledgeGraph.Empty, "Tom & Jerry <b>");

        html.Should().Contain("<title>Tom &amp; Jerry &lt;b&gt;</title>");
        html.Should().NotContain("<b>");
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_input_orders()
    {
        byte[] first = Bytes(HtmlViewGraphs.Build());
        byte[] second = Bytes(HtmlViewGraphs.Build());
        byte[] reversed = Bytes(HtmlViewGraphs.Build(reversed: true));

        second.Should().Equal(first);
        reversed.Should().Equal(first);
        first.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
        Encoding.UTF8.GetString(first).Should().Be(HtmlViewGraphs.Html(HtmlViewGraphs.Build()), "the stream and writer forms agree");
        Encoding.UTF8.GetString(first).Should().NotContain("\r");
    }

    [Fact]
    public void An_empty_graph_still_gives_a_page()
    {
        var data = Data(HtmlViewGraphs.Html(KnowledgeGraph.Empty));

        data.GetProperty("nodes").GetArrayLength().Should().Be(0);
        data.GetProperty("edges").GetArrayLength().Should().Be(0);
        data.GetProperty("quotes").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void The_exporter_writes_knowledge_html_for_the_html_flag()
    {
        using var dir = new TempDir();
        var graph = HtmlViewGraphs.Build();

        GraphExporter.Write(graph, dir.Path, ExportFormats.Html).Should().Equal(dir.File("knowledge.html"));

        File.ReadAllBytes(dir.File("knowledge.html")).Should().Equal(Bytes(graph));
    }

    [Fact]
    public void A_page_written_to_a_stream_is_the_page_written_as_text_encoded_in_utf8()
    {
        var b = new KnowledgeGraphBuilder();
        b.AddNode(new GraphNode("person:x", NodeType.Person, "Zoë “quoted” </script> \u2028 \uD800 😀 " + new string('é', 20_000)));
        foreach (var graph in new[] { HtmlViewGraphs.Build(), b.Build(), KnowledgeGraph.Empty })
        {
            using var text = new StringWriter { NewLine = "\n" };
            HtmlViewWriter.Write(graph, text);

            Bytes(graph).Should().Equal(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()));
        }
    }

    private static byte[] Bytes(KnowledgeGraph graph)
    {
        using var ms = new MemoryStream();
        HtmlViewWriter.Write(graph, ms);
        return ms.ToArray();
    }
}
