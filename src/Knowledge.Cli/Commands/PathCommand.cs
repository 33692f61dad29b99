using System.CommandLine;
using Knowledge.Ingestion;
using Knowledge.Cli.Output;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Query;
using Spectre.Console;

namespace Knowledge.Cli.Commands;

/// <summary>`knowledge path`: the shortest path between two named entities.</summary>
public static class PathCommand
{
    /// <summary>Labels longer than this (quotes, mostly) are cut in the table.</summary>
    public const int MaxLabelLength = 70;

    /// <summary>Creates the command, bound to the given streams.</summary>
    public static Command Create(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "The first entity: a name or alias, in part (\"Ferreira\")." };
        var to = new Argument<string>("to") { Description = "The second entity." };
        var inputs = GraphInputs.Argument();
        inputs.Arity = ArgumentArity.ZeroOrMore;
        inputs.Description += $" Default: {StatsCommand.DefaultGraph}.";
        var throughDocuments = new Option<bool>("--through-documents")
        {
            Description = "Also step through Document nodes (\"named in the same article\"). By default only extracted relations are followed.",
        };
        var format = StatsCommand.Choice("--format", "table (default) or json.", "table", "table", "json");
        format.Aliases.Add("-f");
        var store = StoreAccess.Option("Read the graph of this store (with any inputs merged in).");

        var encoding = EncodingOption.Create();
        var command = new Command("path", "The shortest path between two named entities (people, organisations, laws, places…), edge direction ignored.")
        {
            from, to, inputs, throughDocuments, format, store, encoding,
        };
        command.SetAction(parse => Execute(
            context,
            parse.GetValue(from) ?? "",
            parse.GetValue(to) ?? "",
            GraphInputs.OrDefault(parse.GetValue(inputs), parse.GetValue(store), StatsCommand.DefaultGraph),
            parse.GetValue(throughDocuments),
            parse.GetValue(format) ?? "table",
            parse.GetValue(store),
            EncodingOption.Options(parse.GetValue(encoding))));
        return command;
    }

    /// <summary>Reads the graph, resolves both names and prints the path; returns the exit code.</summary>
    public static int Execute(CliContext context, string from, string to, IReadOnlyList<string> inputs, bool throughDocuments, string format, string? store = null, LoadOptions? load = null)
    {
        if (GraphInputs.Load(context, inputs, store, load) is not { } loaded) return KnowledgeCommand.StoreError;
        var (graph, skipped) = loaded;
        var start = Resolve(context, graph, from);
        var end = Resolve(context, graph, to);
        if (start is null || end is null) return KnowledgeCommand.NotFound;

        var analytics = new GraphAnalytics(graph, includeDocuments: throughDocuments);
        var path = analytics.ShortestPath(start, end);
        if (path is null)
        {
            bool viaDocuments = !throughDocuments && new GraphAnalytics(graph).ShortestPath(start, end) is not null;
            context.Stderr.WriteLine($"knowledge: no path between {start.Label} and {end.Label}"
                + (viaDocuments ? "; they are linked through documents (try --through-documents)." : "."));
            return KnowledgeCommand.NotFound;
        }
        if (format == "json")
        {
            Utf8Output.Write(context.Stdout, s => AnalyticsJsonWriter.WritePath(path, s));
        }
        else
        {
            Print(SummaryPrinter.CreateConsole(context.Stdout, context.IsTerminal), path);
        }
        return skipped ? KnowledgeCommand.PartialSuccess : KnowledgeCommand.Success;
    }

    /// <summary>The best entity for a name; other matches are listed on standard error.</summary>
    private static GraphNode? Resolve(CliContext context, KnowledgeGraph graph, string name)
    {
        var found = EntityLookup.Find(graph, name);
        if (found.Count == 0)
        {
            context.Stderr.WriteLine($"knowledge: no entity is named \"{name}\".");
            return null;
        }
        if (found.Count > 1)
        {
            var others = found.Skip(1).Take(5).Select(n => $"{n.Label} ({n.Id})");
            context.Stderr.WriteLine($"knowledge: \"{name}\" is taken as {found[0].Label} ({found[0].Id}); it also matches "
                + string.Join(", ", others) + (found.Count > 6 ? ", …" : "") + ".");
        }
        return found[0];
    }

    private static void Print(IAnsiConsole console, GraphPath path)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{path.Nodes[0].Label} → {path.Nodes[^1].Label}: {path.Length} step{(path.Length == 1 ? "" : "s")}");
        table.AddColumn(new TableColumn("#").RightAligned()).AddColumn("Via").AddColumn("Node").AddColumn("Type");
        table.AddRow("0", "", Markup.Escape(Short(path.Nodes[0].Label)), path.Nodes[0].Type.ToString());
        int i = 1;
        foreach (var step in path.Steps)
        {
            string via = step.Forward ? $"{step.Edge.Label} →" : $"← {step.Edge.Label}";
            table.AddRow(i++.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(via),
                Markup.Escape(Short(step.To.Label)), step.To.Type.ToString());
        }
        console.Write(table);
    }

    private static string Short(string label) =>
        label.Length > MaxLabelLength ? label[..(MaxLabelLength - 1)] + "…" : label;
}
