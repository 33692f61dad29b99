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
    public void Separators_are_white_space_and_control_characters() =>
        Disagreements(CharClass.IsSpaceOrControl, c => char.IsWhiteSpace(c) || char.IsControl(c)).Should().BeEmpty();

    [Fact]
    public void Word_characters_are_letters_digits_and_combining_marks() =>
        Disagreements(CharClass.IsWordCharacter, c => char.IsLetterOrDigit(c)
            || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark).Should().BeEmpty();
}
