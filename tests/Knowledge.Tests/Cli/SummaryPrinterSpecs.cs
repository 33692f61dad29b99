using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Cli.Output;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Cli;

/// <summary>The summary table, printed to a captured (non-terminal) writer.</summary>
public sealed class SummaryPrinterSpecs
{
    [Fact]
    public void Summary_counts_documents_nodes_edges_and_diagnostics_in_plain_text()
    {
        var builder = new KnowledgeGraphBuilder();
        builder.AddNode(new GraphNode("document:a", NodeType.Document, "A"));
        builder.AddNode(new GraphNode("person:ana-cruz", NodeType.Person, "Ana Cruz"));
        builder.AddEdge("document:a", EdgeType.MENTIONS, "person:ana-cruz");
        var graph = builder.Build();
        var source = new SourceDocument("a", "Body.", BodyFormat.PlainText, new DocumentOrigin("a.txt"));
        var load = new LoadResult([source],
        [
            new Diagnostic(DiagnosticSeverity.Warning, "a.txt", "odd"),
            new Diagnostic(DiagnosticSeverity.Error, "b.json", "broken"),
        ]);
        var result = new KnowledgeResult(graph, ImmutableArray<Knowledge.Syntax.Doc>.Empty);
        var writer = new StringWriter();
        var console = SummaryPrinter.CreateConsole(writer, isTerminal: false);

        SummaryPrinter.PrintSummary(console, load, result, ["/tmp/out/knowledge.json"]);

        var text = writer.ToString();
        text.Should().NotContain("\u001b[", "redirected output must carry no ANSI escape codes");
        text.Should().MatchRegex(@"Documents read\s*│\s*1\b");
        text.Should().MatchRegex(@"Nodes: Person\s*│\s*1\b");
        text.Should().MatchRegex(@"Edges: MENTIONS\s*│\s*1\b");
        text.Should().MatchRegex(@"Warnings\s*│\s*1\b");
        text.Should().MatchRegex(@"Errors \(skipped\)\s*│\s*1\b");
        text.Should().Contain("/tmp/out/knowledge.json");
    }

    [Fact]
    public void Stats_print_time_size_throughput_and_memory()
    {
        var writer = new StringWriter();
        var console = SummaryPrinter.CreateConsole(writer, isTerminal: false);

        SummaryPrinter.PrintStats(console, TimeSpan.FromSeconds(2), 4_000_000, 150_000_000);

        writer.ToString().Should().Contain("wall time: 2.00 s")
            .And.Contain("input: 4.00 MB")
            .And.Contain("throughput: 2.00 MB/s")
            .And.Contain("peak working set: 150.0 MB");
    }
}
