using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Knowledge.Cli.Output;
using Knowledge.Export;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Query;

namespace Knowledge.Cli.Commands;

/// <summary>`knowledge quotes`: who said what, when — from news texts or a saved knowledge.json.</summary>
public static class QuotesCommand
{
    /// <summary>The values --format accepts.</summary>
    public static readonly IReadOnlyList<string> FormatNames = ["table", "json", "csv"];

    /// <summary>Creates the command, bound to the given streams.</summary>
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders of news texts, or a knowledge.json written by `knowledge extract`; \"-\" reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value.StartsWith('-'))
                    result.AddError($"Unknown option '{token.Value}'.");
        });
        var speaker = new Option<string>("--speaker", "-s") { Description = "Only quotes by this speaker (any name or alias, in part: \"Tanagho\").", HelpName = "NAME" };
        var org = new Option<string>("--org") { Description = "Only quotes by this organisation or by people holding a role there.", HelpName = "NAME" };
        var about = new Option<string>("--about", "-a") { Description = "Only quotes about this law, organisation or person (\"EARN IT Act\").", HelpName = "ENTITY" };
        var from = DateOption("--from", "Only quotes said on or after this date (yyyy, yyyy-MM or yyyy-MM-dd).");
        var to = DateOption("--to", "Only quotes said on or before this date (yyyy, yyyy-MM or yyyy-MM-dd).");
        var text = new Option<string>("--text", "-t") { Description = "Only quotes whose words contain this phrase.", HelpName = "WORDS" };
        var kind = new Option<string>("--kind") { Description = "direct or indirect; both when omitted.", HelpName = "direct|indirect" };
        kind.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (ParseKind(value) is null) result.AddError($"Unknown --kind value '{value}'. Use direct or indirect.");
        });
        var format = new Option<string>("--format", "-f") { Description = "table (default), json or csv.", DefaultValueFactory = _ => "table", HelpName = "table|json|csv" };
        format.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "table";
            if (!FormatNames.Contains(value.Trim().ToLowerInvariant()))
                result.AddError($"Unknown --format value '{value}'. Use one of: {string.Join(", ", FormatNames)}.");
        });

        var command = new Command("quotes", "Who said what, when: list the attributed quotes of news texts or of a saved graph, ordered by date.")
        {
            inputs, speaker, org, about, from, to, text, kind, format,
        };
        command.SetAction(parse =>
        {
            var query = new QuoteQuery
            {
                Speaker = parse.GetValue(speaker),
                Organization = parse.GetValue(org),
                About = parse.GetValue(about),
                From = ParseDate(parse.GetValue(from))?.First,
                To = ParseDate(parse.GetValue(to))?.Last,
                Text = parse.GetValue(text),
                Kind = parse.GetValue(kind) is { } k ? ParseKind(k) : null,
            };
            return Execute(context, parse.GetValue(inputs) ?? [], query, (parse.GetValue(format) ?? "table").Trim().ToLowerInvariant());
        });
        return command;
    }

    private static Option<string> DateOption(string name, string description)
    {
        var option = new Option<string>(name) { Description = description, HelpName = "DATE" };
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (ParseDate(value) is null) result.AddError($"Bad {name} date '{value}'. Use yyyy, yyyy-MM or yyyy-MM-dd.");
        });
        return option;
    }

    private static PartialDate? ParseDate(string? value) => PartialDate.TryParse(value, out var d) ? d : null;

    private static Knowledge.Extraction.QuoteKind? ParseKind(string value) => value.Trim().ToLowerInvariant() switch
    {
        "direct" => Knowledge.Extraction.QuoteKind.Direct,
        "indirect" => Knowledge.Extraction.QuoteKind.Indirect,
        _ => null,
    };

    /// <summary>Builds or reads the graph, runs the query and prints the results; returns the exit code.</summary>
    public static int Execute(CliContext context, IReadOnlyList<string> inputs, QuoteQuery query, string format)
    {
        bool skipped = false;
        var builder = new KnowledgeGraphBuilder();
        var texts = new List<string>();
        foreach (var input in inputs)
        {
            if (!SavedGraph.IsSavedGraph(input)) { texts.Add(input); continue; }
            try
            {
                Merge(builder, SavedGraph.Read(input));
            }
            catch (Exception e) when (e is JsonException or FormatException or IOException or UnauthorizedAccessException)
            {
                context.Stderr.WriteLine($"{input}: error: not a readable knowledge graph: {e.Message}");
                skipped = true;
            }
        }
        if (texts.Count > 0)
        {
            var load = DocumentLoader.Load(texts, context.Stdin);
            foreach (var diagnostic in load.Diagnostics) context.Stderr.WriteLine(diagnostic.ToString());
            skipped |= load.HasErrors;
            Merge(builder, KnowledgePipeline.CreateDefault().Run(load.Documents).Graph);
        }

        var results = new QuoteFinder(builder.Build()).Find(query);
        switch (format)
        {
            case "json":
                using (var stdout = new MemoryStream())
                {
                    QuoteResultsWriter.WriteJson(results, stdout);
                    context.Stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                }
                break;
            case "csv":
                QuoteResultsWriter.WriteCsv(results, context.Stdout);
                break;
            default:
                QuoteTablePrinter.Print(SummaryPrinter.CreateConsole(context.Stdout, context.IsTerminal), results);
                break;
        }
        return skipped ? KnowledgeCommand.PartialSuccess : KnowledgeCommand.Success;
    }

    private static void Merge(KnowledgeGraphBuilder builder, KnowledgeGraph graph)
    {
        foreach (var node in graph.Nodes) builder.AddNode(node);
        foreach (var edge in graph.Edges)
            builder.AddEdge(edge.Source.Id, edge.Type, edge.Target.Id, edge.Evidence, edge.Properties);
    }
}
