using System.CommandLine;
using Knowledge.Ingestion;
using Knowledge.Cli.Output;
using Knowledge.Export;
using Knowledge.Query;
using Knowledge.Syntax;

namespace Knowledge.Cli.Commands;

/// <summary>`knowledge quotes`: who said what, when — from news texts or a saved knowledge.json.</summary>
public static class QuotesCommand
{
    /// <summary>The values --format accepts.</summary>
    public static readonly IReadOnlyList<string> FormatNames = ["table", "json", "jsonl", "csv"];

    /// <summary>Creates the command, bound to the given streams.</summary>
    public static Command Create(CliContext context)
    {
        var inputs = GraphInputs.Argument();
        var speaker = new Option<string>("--speaker", "-s") { Description = "Only quotes by this speaker (any name or alias, in part: \"Baptista\").", HelpName = "NAME" };
        var org = new Option<string>("--org") { Description = "Only quotes by this organisation or by people holding a role there.", HelpName = "NAME" };
        var about = new Option<string>("--about", "-a") { Description = "Only quotes about this law, organisation or person (\"Safe Harbor Act\").", HelpName = "ENTITY" };
        var from = DateOption("--from", "Only quotes said on or after this date (yyyy, yyyy-MM or yyyy-MM-dd).");
        var to = DateOption("--to", "Only quotes said on or before this date (yyyy, yyyy-MM or yyyy-MM-dd).");
        var text = new Option<string>("--text", "-t") { Description = "Only quotes whose words contain this phrase.", HelpName = "WORDS" };
        var kind = new Option<string>("--kind") { Description = "direct or indirect; both when omitted.", HelpName = "direct|indirect" }
            .Accepting("", value => ParseKind(value) is not null, value => $"Unknown --kind value '{value}'. Use direct or indirect.");
        var format = new Option<string>("--format", "-f") { Description = "table (default), json, jsonl (one quote a line) or csv.", DefaultValueFactory = _ => "table", HelpName = "table|json|jsonl|csv" }
            .Accepting("table", value => FormatNames.Contains(value.Trim().ToLowerInvariant()),
                value => $"Unknown --format value '{value}'. Use one of: {string.Join(", ", FormatNames)}.");

        var store = StoreAccess.Option("Read the graph of this store (with any inputs merged in).");
        // Inputs may be left out when a store is given.
        inputs.Arity = ArgumentArity.ZeroOrMore;

        var encoding = EncodingOption.Create();
        var command = new Command("quotes", "Who said what, when: list the attributed quotes of news texts, a saved graph or a store, ordered by date.")
        {
            inputs, speaker, org, about, from, to, text, kind, format, store, encoding,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(inputs) is not { Length: > 0 } && result.GetValue(store) is null)
                result.AddError("Give the texts or knowledge.json to read, or a store with --store.");
            if (ParseDate(result.GetValue(from)) is { } first && ParseDate(result.GetValue(to)) is { } last && first.First > last.Last)
                result.AddError($"--from {first.Iso} is after --to {last.Iso}: the range holds no day. Give the earlier date to --from.");
        });
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
            return Execute(context, parse.GetValue(inputs) ?? [], query, (parse.GetValue(format) ?? "table").Trim().ToLowerInvariant(), parse.GetValue(store),
                EncodingOption.Options(parse.GetValue(encoding)));
        });
        return command;
    }

    private static Option<string> DateOption(string name, string description) =>
        new Option<string>(name) { Description = description, HelpName = "DATE" }
            .Accepting("", value => ParseDate(value) is not null, value => $"Bad {name} date '{value}'. Use yyyy, yyyy-MM or yyyy-MM-dd.");

    private static PartialDate? ParseDate(string? value) => PartialDate.TryParse(value, out var d) ? d : null;

    private static Knowledge.Syntax.QuoteKind? ParseKind(string value) => value.Trim().ToLowerInvariant() switch
    {
        "direct" => Knowledge.Syntax.QuoteKind.Direct,
        "indirect" => Knowledge.Syntax.QuoteKind.Indirect,
        _ => null,
    };

    /// <summary>Builds or reads the graph, runs the query and prints the results; returns the exit code.</summary>
    public static int Execute(CliContext context, IReadOnlyList<string> inputs, QuoteQuery query, string format, string? store = null, LoadOptions? load = null)
    {
        if (GraphInputs.Load(context, inputs, store, load) is not { } loaded) return KnowledgeCommand.StoreError;
        var (graph, skipped) = loaded;
        var results = new QuoteFinder(graph).Find(query);
        switch (format)
        {
            case "json":
                Utf8Output.Write(context.Stdout, s => QuoteResultsWriter.WriteJson(results, s));
                break;
            case "jsonl":
                Utf8Output.Write(context.Stdout, s => QuoteResultsWriter.WriteJsonLines(results, s), newline: false);
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

}
