using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>
/// How a lexicon file's text becomes entries: one a line, '#' starts a comment, white space around an entry is not
/// part of it, blank lines and repeats are dropped (a repeat in another case too, unless the list is case-sensitive),
/// and the file order is kept.
/// </summary>
public class LexiconParsingSpecs
{
    [Fact]
    public void Entries_are_the_trimmed_lines_without_comments_blanks_or_repeats_in_file_order()
    {
        var lexicon = Lexicon.Parse("spec", "# a heading comment\r\n  harbour master \r\n\r\nquay # a note\nHarbour Master\n\t\n   \nbeacon");

        lexicon.Entries.Should().Equal("harbour master", "quay", "beacon");
        lexicon.Contains("HARBOUR MASTER").Should().BeTrue();
    }

    [Fact]
    public void A_case_sensitive_list_keeps_entries_that_differ_in_case()
    {
        var lexicon = Lexicon.Parse("spec", "Quay\nquay\nQuay\n", caseSensitive: true);

        lexicon.Entries.Should().Equal("Quay", "quay");
    }

    [Theory]
    [InlineData("quay", 1)]
    [InlineData("harbour  master\nquay", 2)]
    [InlineData("the old  harbour master's\tlodge\nquay", 4)]
    [InlineData("", 0)]
    public void MaxWords_counts_the_space_separated_words_of_the_longest_entry(string text, int words) =>
        Lexicon.Parse("spec", text).MaxWords.Should().Be(words);

    [Fact]
    public void A_lexicon_made_from_entries_trims_and_drops_blanks_and_repeats_as_parsing_does()
    {
        var lexicon = new Lexicon("spec", [" quay ", "", "QUAY", "beacon"]);

        lexicon.Entries.Should().Equal("quay", "beacon");
    }

    [Fact]
    public void A_table_row_is_its_trimmed_tab_separated_columns_and_comments_and_blank_rows_are_dropped()
    {
        var table = LexiconTable.Parse("spec", "# entry\trole\r\n testify \t speech-verb \t\r\n\n  \t \nsay\tspeech-verb # common\r\nnote");

        table.Rows.Select(r => string.Join("|", r)).Should().Equal("testify|speech-verb|", "say|speech-verb", "note");
        table.Row("TESTIFY").Should().NotBeNull();
    }

    [Fact]
    public void An_embedded_file_reads_as_its_text()
    {
        string text = LexiconSet.ReadEmbedded("english/sentence-starters");

        text.Should().NotStartWith("\uFEFF").And.Contain("\n");
        Lexicon.Parse("english/sentence-starters", text).Entries.Should().Equal(LexiconSet.Default.English.SentenceStarters.Entries);
    }
}
