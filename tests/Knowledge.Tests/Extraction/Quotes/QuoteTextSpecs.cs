using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>
/// A quote's text is what the speaker said: the comma that leads into the attribution is dropped, the
/// segments of a quote broken by its attribution read as one statement, and a dateline heading the
/// paragraph ("PORTVILLE, NORTHLAND –", "PORTVILLE (Wirenews) —") is never part of a quote.
/// </summary>
public class QuoteTextSpecs
{
    [Fact]
    public void The_comma_before_the_closing_mark_is_not_part_of_the_quote()
    {
        var doc = Analyse.Text("\"The route has been waiting far too long for this,\" said Ruben Alcott.");
        doc.Quotes.Should().ContainSingle().Which.Text.Should().Be("The route has been waiting far too long for this");
    }

    [Fact]
    public void A_quote_broken_by_its_attribution_reads_as_one_statement()
    {
        var doc = Analyse.Text("\"We will act on the ferry plan this spring,\" Tessa Quill said, \"and we will not wait for the province to decide.\"");
        doc.Quotes.Should().ContainSingle().Which.Text.Should()
            .Be("We will act on the ferry plan this spring and we will not wait for the province to decide.");
    }

    [Fact]
    public void A_quote_resumed_after_the_attribution_ends_its_sentence_reads_as_two_sentences()
    {
        var doc = Analyse.Text("\"We will act on the ferry plan this spring,\" Tessa Quill said. \"The money for both boats is already in the budget.\"");
        doc.Quotes.Should().ContainSingle().Which.Text.Should()
            .Be("We will act on the ferry plan this spring. The money for both boats is already in the budget.");
    }

    [Fact]
    public void Three_segments_join_with_a_space_or_a_full_stop_as_their_attributions_end_sentences()
    {
        var doc = Analyse.Text("\"We will act on the ferry plan this spring,\" Tessa Quill said, \"and we will not wait for the province to decide,\" she added. \"The money for both boats is already in the budget.\"");
        doc.Quotes.Should().ContainSingle().Which.Text.Should()
            .Be("We will act on the ferry plan this spring and we will not wait for the province to decide. The money for both boats is already in the budget.");
    }

    [Theory]
    [InlineData("PORTVILLE, NORTHLAND – The council will fund two new ferries for the island route next year, Mayor Tessa Quill said on Monday.")]
    [InlineData("PORTVILLE (Wirenews) — The council will fund two new ferries for the island route next year, Mayor Tessa Quill said on Monday.")]
    public void A_dateline_heading_the_paragraph_is_not_part_of_an_indirect_quote(string paragraph)
    {
        var doc = Analyse.Text(paragraph);
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Text.Should().StartWith("The council will fund two new ferries");
    }

    [Fact]
    public void A_dateline_heading_a_quote_without_its_opening_mark_is_not_part_of_the_quote()
    {
        var doc = Analyse.Text("PORTVILLE, NORTHLAND – We will not wait for the province to decide on the ferries,\" Mayor Tessa Quill said.");
        doc.Quotes.Should().ContainSingle().Which.Text.Should().Be("We will not wait for the province to decide on the ferries");
    }
}
