using Knowledge.Query;
using Spectre.Console;

namespace Knowledge.Cli.Output;

/// <summary>Prints quote query results as a readable table.</summary>
public static class QuoteTablePrinter
{
    /// <summary>Quotes longer than this are cut, with an ellipsis, in the table (JSON and CSV keep them whole).</summary>
    public const int MaxQuoteLength = 240;

    /// <summary>Prints one row per quote — date, speaker and role, words, document — then the count.</summary>
    public static void Print(IAnsiConsole console, IReadOnlyList<QuoteResult> results)
    {
        if (results.Count == 0)
        {
            console.WriteLine("No quotes match.");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title("who said what, when");
        table.AddColumn(new TableColumn("Date").NoWrap());
        table.AddColumn(new TableColumn("Speaker") { Width = 26 });
        table.AddColumn("Quote");
        table.AddColumn(new TableColumn("Document") { Width = 22 });
        foreach (var r in results)
        {
            string date = r.Date is { } d ? d.Iso + (r.DateSource == "explicit" ? "" : "*") : "—";
            string speaker = r.Speaker is null ? "(unattributed)" : r.Role is null ? r.Speaker : $"{r.Speaker}\n{r.Role}";
            // A quote that ran into its attribution ends with the comma before the closing mark.
            string words = r.Text.TrimEnd(',', ' ');
            words = words.Length > MaxQuoteLength ? words[..(MaxQuoteLength - 1)] + "…" : words;
            if (r.Kind == "direct") words = $"“{words}”";
            string where = r.Spans.IsDefaultOrEmpty ? r.DocumentId : $"{r.DocumentId} @{r.Spans[0].Start}";
            table.AddRow(Markup.Escape(date), Markup.Escape(speaker), Markup.Escape(words), Markup.Escape(where));
        }
        console.Write(table);
        console.WriteLine($"{results.Count} quote{(results.Count == 1 ? "" : "s")}. * = the document's published date (the text gives no date of its own).");
    }
}
