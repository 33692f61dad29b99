using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Knowledge.Export;
using Knowledge.Query;
using Knowledge.Tests.Query;
using Xunit;

namespace Knowledge.Tests.Export;

public sealed class QuoteJsonLinesSpecs
{
    private static string JsonLines(IEnumerable<QuoteResult> results)
    {
        using var ms = new MemoryStream();
        QuoteResultsWriter.WriteJsonLines(results, ms);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void Each_quote_is_one_line_with_the_fields_of_the_json_array()
    {
        var quotes = new QuoteFinder(QuoteGraphs.TwoYearsOfQuotes()).All;

        string text = JsonLines(quotes);

        text.Should().EndWith("\n");
        var lines = text.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(quotes.Count);
        using var array = new MemoryStream();
        QuoteResultsWriter.WriteJson(quotes, array);
        var objects = JsonNode.Parse(array.ToArray())!.AsArray();
        for (int i = 0; i < lines.Length; i++)
            JsonNode.DeepEquals(JsonNode.Parse(lines[i]), objects[i]).Should().BeTrue("line {0} is the array's object {0}", i);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        first.GetProperty("speaker").GetString().Should().Be("Marisol Ferreira");
        first.GetProperty("role").GetString().Should().Be("Program Officer");
        first.GetProperty("date").GetString().Should().Be("2021-04-02");
        first.GetProperty("dateSource").GetString().Should().Be("published");
        first.GetProperty("docId").GetString().Should().Be("spring");
        first.GetProperty("spans")[0].GetProperty("start").GetInt32().Should().Be(100);
    }

    [Fact]
    public void Line_breaks_inside_a_quote_are_escaped_so_it_stays_on_one_line()
    {
        var quote = new QuoteResult("quote:x:1", "First line.\nSecond line.\u2028Third.", "direct", "x");

        string text = JsonLines([quote, quote with { Id = "quote:x:2" }]);

        text.Split('\n').Should().HaveCount(3).And.EndWith("");
        JsonDocument.Parse(text.Split('\n')[0]).RootElement.GetProperty("text").GetString().Should().Be("First line.\nSecond line.\u2028Third.");
    }

    [Fact]
    public void No_quotes_write_an_empty_file()
    {
        JsonLines([]).Should().BeEmpty();
    }
}
