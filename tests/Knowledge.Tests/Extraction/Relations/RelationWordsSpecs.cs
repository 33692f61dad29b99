using FluentAssertions;
using Knowledge.Extraction.Relations;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Extraction.Relations;

/// <summary>
/// <see cref="RelationWords.MayPlaceAfter"/>, the test that spares the place regex most gaps between a name and a
/// place: it may say yes where the regex says no, never no where the regex matches.
/// </summary>
public class RelationWordsSpecs
{
    private static readonly RelationWords Words = new(LexiconSet.Default);

    private static readonly string[] Pieces =
    [
        " ", "  ", ",", ", ", "\u00a0", "\t", "\n", "in", "In", "IN", "based", "Based", "located", "headquartered",
        "which", "is", "that", "the", "The", "province", "city", "of", "said", "on", "Monday", "and", "İn", "ın", "\u212Aenya",
        "based-in", "in,", "inside", "situated", "Situated", "x", "é",
    ];

    [Theory]
    [InlineData(" in ")]
    [InlineData(", based in the province of ")]
    [InlineData(" , which is located in ")]
    [InlineData(" Headquartered IN the ")]
    [InlineData(" in\u00a0")]
    public void A_gap_the_place_regex_matches_may_hold_a_place(string gap)
    {
        Words.PlaceAfter.IsMatch(gap).Should().BeTrue();
        Words.MayPlaceAfter(gap).Should().BeTrue();
    }

    [Theory]
    [InlineData(" said on Monday that the mayor of ")]
    [InlineData(" in")]
    [InlineData(" inside ")]
    [InlineData(", ,in ")]
    [InlineData("")]
    [InlineData(" , ")]
    public void A_gap_that_opens_with_another_word_holds_no_place(string gap) =>
        Words.MayPlaceAfter(gap).Should().BeFalse();

    [Fact]
    public void No_gap_the_regex_matches_is_turned_away()
    {
        var random = new Random(18);
        int matched = 0;
        for (int n = 0; n < 40_000; n++)
        {
            var gap = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            if (!Words.PlaceAfter.IsMatch(gap)) continue;
            matched++;
            Words.MayPlaceAfter(gap).Should().BeTrue($"the regex matches \"{gap}\"");
        }
        matched.Should().BeGreaterThan(100);
    }
}
