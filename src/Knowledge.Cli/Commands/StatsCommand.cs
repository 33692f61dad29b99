using System.CommandLine;
using Knowledge.Ingestion;
using System.Globalization;
using Knowledge.Cli.Output;
using Knowledge.Export;
using Knowledge.Query;
using Spectre.Console;

namespace Knowledge.Cli.Commands;

/// <summary>`knowledge stats`: counts by type, connected components and the most connected people and organisations.</summary>
public static class StatsCommand
{
    /// <summary>The graph read when no input is given: what `knowledge extract` writes by default.</summary>
    public const string DefaultGraph = "graph-output/knowledge.json";

    /// <summary>Creates the command, bound to the given streams.</summary>
    public static Command Create(CliContext context)
    {
        var inputs = GraphInputs.Argument();
        inputs.Arity = ArgumentArity.ZeroOrMore;
        inputs.Description += $" Default: {DefaultGraph}.";
        var top = new Option<int>("--top", "-n") { Description = "How many people and organisations to list (default 10).", DefaultValueFactory = _ => 10, HelpName = "N" };
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--top must be 0 or more."); });
        var rankBy = Choice("--rank-by", "Rank the most connected by degree (edges touching the node) or pagerank.", "degree", "degree", "pagerank");
        var noDocuments = new Option<bool>("--without-documents")
        {
            Description = "Leave Document nodes and their MENTIONS/IN edges out, so only extracted relations count.",
        };
        var format = Choice("--format", "table (default) or json.", "table", "table", "json");
        format.Aliases.Add("-f");
        var store = StoreAccess.Option("Read the graph of this store (with any inputs merged in).");

        var encoding = EncodingOption.Create();
        var command = new Command("stats", "Counts by type, connected components and the most connected people and organisations (degree, PageRank).")
        {
            inputs, top, rankBy, noDocuments, format, store, encoding,
        };
        command.SetAction(parse => Execute(
            context,
            GraphInputs.OrDefault(parse.GetValue(inputs), parse.GetValue(store), DefaultGraph),
            parse.GetValue(top),
            parse.GetValue(rankBy) == "pagerank" ? CentralityMeasure.PageRank : CentralityMeasure.Degree,
            includeDocuments: !parse.GetValue(noDocuments),
            parse.GetValue(format) ?? "table",
            parse.GetValue(store),
            EncodingOption.Options(parse.GetValue(encoding))));
        return command;
    }

    /// <summary>An option whose value must be one of <paramref name="values"/> (case ignored; stored lower-case).</summary>
    internal static Option<string> Choice(string name, string description, string fallback, params string[] values)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => fallback,
            HelpName = string.Join('|', values),
            CustomParser = r => r.Tokens.Count > 0 ? r.Tokens[^1].Value.Trim().ToLowerInvariant() : fallback,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>() ?? fallback;
            if (!values.Contains(value))
                result.AddError($"Unknown {name} value '{value}'. Use one of: {string.Join(", ", values)}.");
        });
        return option;
    }

    /// <summary>Reads the graph, computes the statistics and prints them; returns the exit code.</summary>
    public static int Execute(CliContext context, IReadOnlyList<string> inputs, int top, CentralityMeasure by, bool includeDocuments, string format, string? store = null, LoadOptions? load = null)
    {
        if (GraphInputs.Load(context, inputs, store, load) is not { } loaded) return KnowledgeCommand.StoreError;
        var (graph, skipped) = loaded;
        var stats = new GraphAnalytics(graph, includeDocuments).Statistics(top, by);
        if (format == "json")
        {
            Utf8Output.Write(context.Stdout, s => AnalyticsJsonWriter.WriteStatistics(stats, s));
        }
        else
        {
            Print(SummaryPrinter.CreateConsole(context.Stdout, context.IsTerminal), stats);
        }
        return skipped ? KnowledgeCommand.PartialSuccess : KnowledgeCommand.Success;
    }

    private static void Print(IAnsiConsole console, GraphStatistics stats)
    {
        var counts = new Table().Border(TableBorder.Rounded).Title("graph");
        counts.AddColumn("Nodes").AddColumn(new TableColumn("").RightAligned()).AddColumn("Edges").AddColumn(new TableColumn("").RightAligned());
        for (int i = 0; i < Math.Max(stats.Nodes.Length, stats.Edges.Length); i++)
        {
            var n = i < stats.Nodes.Length ? stats.Nodes[i] : null;
            var e = i < stats.Edges.Length ? stats.Edges[i] : null;
            counts.AddRow(n?.Type ?? "", Number(n?.Count), e?.Type ?? "", Number(e?.Count));
        }
        counts.AddRow("[bold]total[/]", Number(stats.Nodes.Sum(c => c.Count)), "[bold]total[/]", Number(stats.Edges.Sum(c => c.Count)));
        console.Write(counts);
        console.WriteLine(ComponentLine(stats));
        PrintRanking(console, "most connected people", stats.People, stats.RankedBy);
        PrintRanking(console, "most connected organisations", stats.Organizations, stats.RankedBy);
    }

    /// <summary>
    /// The table's line on connected components: their count, the sizes of the largest and the isolated nodes; a
    /// graph with no component says so rather than printing an empty list.
    /// </summary>
    internal static string ComponentLine(GraphStatistics stats)
    {
        string scope = stats.IncludesDocuments ? "" : ", without documents";
        if (stats.LargestComponents.Length == 0)
            return $"Connected components: 0 (the graph is empty{scope}).";
        string largest = string.Join(", ", stats.LargestComponents.Select(s => s.ToString(CultureInfo.InvariantCulture)));
        return $"Connected components: {stats.ComponentCount} (largest: {largest}; isolated nodes: {stats.IsolatedNodes}){scope}.";
    }

    private static void PrintRanking(IAnsiConsole console, string title, IReadOnlyList<Centrality> items, CentralityMeasure by)
    {
        if (items.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).Title($"{title}, by {(by == CentralityMeasure.PageRank ? "PageRank" : "degree")}");
        table.AddColumn(new TableColumn("#").RightAligned()).AddColumn("Name")
            .AddColumn(new TableColumn("Degree").RightAligned()).AddColumn(new TableColumn("PageRank").RightAligned());
        int rank = 1;
        foreach (var c in items)
            table.AddRow(Number(rank++), Markup.Escape(c.Label), Number(c.Degree), c.PageRank.ToString("0.0000", CultureInfo.InvariantCulture));
        console.Write(table);
    }

    private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
}
