using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>
/// The words a date may start with, and the wider test behind the token table's <see cref="TokenLexicons.DateStarter"/>
/// bit: the date rules read a token further only when it may start a date.
/// </summary>
public class DateStartersSpecs
{
    private static readonly DateStarters Starters = LexiconSet.Default.DateStarters;

    [Theory]
    [InlineData("yesterday", true)]
    [InlineData("Last", true)]
    [InlineData("an", true)]
    [InlineData("TWELVE", true)]
    [InlineData("Sept", true)]
    [InlineData("Friday", true)]
    [InlineData("ago", false)]
    [InlineData("harbor", false)]
    public void A_month_weekday_relative_deictic_or_count_word_in_any_case_is_a_starter(string word, bool starts) =>
        Starters.MayStart(word).Should().Be(starts);

    [Theory]
    [InlineData("2021", true)]
    [InlineData("3rd", true)]
    [InlineData("today", true)]
    [InlineData("Café", true)]
    [InlineData("naïve", true)]
    [InlineData("", true)]
    [InlineData("harbor", false)]
    [InlineData("x2", false)]
    [InlineData("-", false)]
    public void The_date_rules_read_a_starter_a_word_opening_with_a_digit_or_one_outside_ascii(string form, bool read) =>
        Starters.MayStartDate(form).Should().Be(read);
}
