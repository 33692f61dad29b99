using System.Globalization;
using FluentAssertions;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Text;

/// <summary>The tokenizer's ASCII fast path (issue 18 item 7) answers as the Unicode tests do, for every UTF-16 code unit.</summary>
public sealed class CharClassSpecs
{
    private static IEnumerable<char> AllChars() => Enumerable.Range(0, 65536).Select(i => (char)i);

    private static char[] Disagreements(Func<char, bool> fast, Func<char, bool> reference) => AllChars().Where(c => fast(c) != reference(c)).ToArray();

    [Fact]
    public void Letters_digits_and_upper_case_are_those_of_char() =>
        Disagreements(CharClass.IsLetter, char.IsLetter).Concat(Disagreements(CharClass.IsDigit, char.IsDigit))
            .Concat(Disagreements(CharClass.IsLetterOrDigit, char.IsLetterOrDigit)).Concat(Disagreements(CharClass.IsUpper, char.IsUpper))
            .Should().BeEmpty();

    [Fact]
    public void Ascii_letters_and_digits_are_those_of_char() =>
        Disagreements(CharClass.IsAsciiLetterOrDigit, char.IsAsciiLetterOrDigit).Concat(Disagreements(CharClass.IsAsciiLetter, char.IsAsciiLetter))
            .Should().BeEmpty();

    [Fact]
    public void Separators_are_white_space_and_control_characters() =>
        Disagreements(CharClass.IsSpaceOrControl, c => char.IsWhiteSpace(c) || char.IsControl(c)).Should().BeEmpty();

    [Fact]
    public void Word_characters_are_letters_digits_and_combining_marks() =>
        Disagreements(CharClass.IsWordCharacter, c => char.IsLetterOrDigit(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark).Should().BeEmpty();

    [Theory]
    [InlineData("Harbor2030 Trust", 0, 16, 10)]
    [InlineData("Harbor2030 Trust", 11, 16, 16)]
    [InlineData("Harbor2030 Trust", 0, 4, 4)]
    [InlineData("naïve", 0, 5, 2)]
    [InlineData("don't", 0, 5, 3)]
    [InlineData("co-op", 3, 5, 5)]
    [InlineData("-op", 0, 3, 0)]
    public void An_ascii_word_run_ends_at_the_first_other_character_or_the_end(string text, int start, int end, int runEnd) =>
        CharClass.AsciiLetterOrDigitRunEnd(text, start, end).Should().Be(runEnd);

    [Fact]
    public void An_ascii_word_run_stops_where_the_table_says_no_ascii_letter_or_digit_is() =>
        Enumerable.Range(0, 65536).Where(c => CharClass.AsciiLetterOrDigitRunEnd("a" + (char)c, 0, 2) != (c < 128 && char.IsLetterOrDigit((char)c) ? 2 : 1))
            .Should().BeEmpty();
}
