using FluentAssertions;
using Xunit;
using static Knowledge.Tests.Text.TextSpec;

namespace Knowledge.Tests.Text;

public class SentenceSplitterSpecs
{
    [Theory]
    [InlineData("Atty. Maria Cruz spoke.")]
    [InlineData("Sen. Ana Reyes filed it.")]
    [InlineData("Rep. Jose Santos agreed.")]
    [InlineData("Dr. Lim arrived at noon.")]
    [InlineData("Ramon Diaz Jr. was there.")]
    [InlineData("She moved to the U.S. last year.")]
    [InlineData("It passed under R.A. No. 9775 and Section 4(h) of the law.")]
    [InlineData("The bill, H.R. 2471, passed.")]
    [InlineData("Juan S. Cruz led the team.")]
    [InlineData("It opened on Sept. 7 in the city.")]
    [InlineData("Some groups, e.g. unions, objected.")]
    [InlineData("PBGen. Mario Tan said it.")]
    [InlineData("The market rose 3.5 percent.")]
    [InlineData("The site example.org is down.")]
    public void Abbreviation_does_not_end_a_sentence(string text) =>
        Sentences(text).Should().Equal(text);

    [Fact]
    public void Abbreviation_before_a_sentence_starter_ends_a_sentence() =>
        Sentences("He works at Acme Inc. The company grew.").Should().Equal("He works at Acme Inc.", "The company grew.");

    [Fact]
    public void Abbreviation_before_a_name_does_not_end_a_sentence() =>
        Sentences("He works at Acme Inc. Maria does too.").Should().ContainSingle();

    [Fact]
    public void Title_never_ends_a_sentence_even_before_a_starter() =>
        Sentences("He met Gen. The group left.").Should().ContainSingle();

    [Fact]
    public void Period_before_a_capital_ends_a_sentence() =>
        Sentences("It rained. We stayed home.").Should().Equal("It rained.", "We stayed home.");

    [Fact]
    public void Period_before_a_lowercase_word_does_not_end_a_sentence() =>
        Sentences("It cost 5 pesos. per kilo").Should().ContainSingle();

    [Fact]
    public void Period_before_a_number_ends_a_sentence() =>
        Sentences("It rained. 20 people left.").Should().HaveCount(2);

    [Fact]
    public void Question_and_exclamation_end_sentences() =>
        Sentences("Who knew? Nobody did! Then it ended.").Should().Equal("Who knew?", "Nobody did!", "Then it ended.");

    [Fact]
    public void Ellipsis_before_a_capital_ends_a_sentence() =>
        Sentences("Wait... Then go. Well… Fine.").Should().Equal("Wait...", "Then go.", "Well…", "Fine.");

    [Fact]
    public void Ellipsis_before_a_lowercase_word_does_not_end_a_sentence() =>
        Sentences("He paused... and went on.").Should().ContainSingle();

    [Fact]
    public void Closing_quote_after_a_period_belongs_to_the_sentence() =>
        Sentences("“It works.” She left.").Should().Equal("“It works.”", "She left.");

    [Fact]
    public void Straight_closing_quote_after_a_period_belongs_to_the_sentence() =>
        Sentences("\"It works.\" She left.").Should().Equal("\"It works.\"", "She left.");

    [Fact]
    public void Quote_ending_in_a_comma_does_not_end_the_sentence() =>
        Sentences("“It works,” she said.").Should().Equal("“It works,” she said.");

    [Fact]
    public void Quote_ending_in_an_exclamation_before_lowercase_does_not_end_the_sentence() =>
        Sentences("“Stop!” he shouted.").Should().ContainSingle();

    [Fact]
    public void Opening_quote_starts_a_new_sentence() =>
        Sentences("She left. “We won,” she said.").Should().Equal("She left.", "“We won,” she said.");

    [Fact]
    public void Closing_bracket_after_a_period_belongs_to_the_sentence() =>
        Sentences("(It was late.) We left.").Should().Equal("(It was late.)", "We left.");

    [Fact]
    public void Block_boundary_always_ends_a_sentence() =>
        Sentences("First line without a period\n\nsecond paragraph").Should().Equal("First line without a period", "second paragraph");

    [Fact]
    public void Abbreviation_at_the_end_of_a_block_ends_the_sentence()
    {
        var doc = Analyse("He moved to the U.S.\n\nShe stayed.");
        doc.Sentences.Should().HaveCount(2);
        doc.Sentences.Select(s => s.BlockIndex).Should().Equal(0, 1);
    }

    [Fact]
    public void Sentences_in_a_script_without_spaces_end_at_full_width_terminals() =>
        Sentences("今日は晴れ。明日は雨。").Should().Equal("今日は晴れ。", "明日は雨。");

    [Fact]
    public void Sentences_in_a_caseless_script_end_at_terminals() =>
        Sentences("مرحبا بكم. شكرا لكم.").Should().HaveCount(2);

    [Fact]
    public void Cyrillic_sentences_split() =>
        Sentences("Привет, мир. Как дела?").Should().Equal("Привет, мир.", "Как дела?");

    [Fact]
    public void Every_token_and_sentence_lies_inside_its_block()
    {
        var doc = Analyse("Atty. Maria Cruz spoke. “It works,” she said!\r\n\r\nEmail press@example.org or see https://example.org/x. "
            + "The 15-year-old’s case, filed 2023-09-07 under Section 12(a)(3), cost 1,181 pesos 😀.\rPeña — and Пётр — agreed.\r\rLast one");
        BrokenInvariant(doc).Should().BeNull();
        doc.Blocks.Should().HaveCount(3);
        foreach (var t in doc.Tokens)
            doc.TextOf(t).Should().Be(doc.Text[t.Start..t.End]);
        doc.Sentences.Should().HaveCount(6);
    }
}
