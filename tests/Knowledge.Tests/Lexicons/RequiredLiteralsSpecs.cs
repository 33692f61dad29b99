using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>The literals every match of a pattern holds, read off the pattern, never turn away a text the pattern matches.</summary>
public class RequiredLiteralsSpecs
{
    private static Regex Pattern(string text, RegexOptions options = RegexOptions.None) =>
        new(text, options | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    [Fact]
    public void A_literal_between_classes_is_required()
    {
        var required = RequiredLiterals.Of(Pattern(@"(?<![\w.])(?<dept>[A-Z][A-Za-z]+)\s+Order\s+No\.?\s*(?<n>\d{1,4})\b"));

        required.Sets.Should().ContainEquivalentOf(new[] { "Order" }).And.ContainEquivalentOf(new[] { "No" });
    }

    [Fact]
    public void An_alternation_requires_one_literal_of_each_branch()
    {
        var required = RequiredLiterals.Of(Pattern(@"(?:Republic\s+Act|R\.\s?A\.|RA)\s*(?<n>\d{3,5})\b"));

        required.Sets.Should().ContainSingle().Which.Should().BeEquivalentTo("Republic", "R.", "RA");
    }

    [Fact]
    public void Literals_joined_across_zero_width_assertions_stay_one_literal()
    {
        var required = RequiredLiterals.Of(Pattern(@"\bH(?=\.)\.\s?R\.\b"));

        required.Sets.Should().ContainEquivalentOf(new[] { "H." }).And.ContainEquivalentOf(new[] { "R." });
    }

    [Theory]
    [InlineData(@"(?:Bill)?\s*\d+")]
    [InlineData(@"(?:Bill)*\d")]
    [InlineData(@"(?:Bill|\d)")]
    [InlineData(@"(?:Bill){0,3}x?")]
    public void Optional_literals_are_not_required(string pattern) =>
        RequiredLiterals.Of(Pattern(pattern)).Sets.Should().NotContain(s => s.Contains("Bill"));

    [Theory]
    [InlineData(@"(?i)Order\s+\d")]
    [InlineData(@"Order\s+(?i:no)\s+\d")]
    [InlineData(@"(?<a>Order)\s+\k<a>")]
    [InlineData(@"(?(x)Order|Bill)")]
    [InlineData(@"\x41ct")]
    public void A_pattern_not_understood_requires_nothing(string pattern) =>
        RequiredLiterals.Of(Pattern(pattern)).Should().BeSameAs(RequiredLiterals.None);

    [Fact]
    public void A_case_insensitive_pattern_requires_nothing() =>
        RequiredLiterals.Of(Pattern("Order", RegexOptions.IgnoreCase)).Should().BeSameAs(RequiredLiterals.None);

    [Fact]
    public void A_text_without_a_required_literal_after_the_position_is_turned_away()
    {
        var required = RequiredLiterals.Of(Pattern(@"[A-Z]\w+\s+Order\s+No\.\s*\d+"));
        const string text = "The Health Order No. 7 was read; the Mayor spoke.";

        required.MayMatchFrom(text, 0).Should().BeTrue();
        required.MayMatchFrom(text, text.IndexOf("Order", StringComparison.Ordinal) + 1).Should().BeFalse();
        required.MayMatchFrom("Nothing ordered here, no 12.", 0).Should().BeFalse();
    }

    /// <summary>Sentences written for this spec: citations in many forms, near misses, and none.</summary>
    private static readonly string[] Sentences =
    [
        "Under Republic Act No. 11930 and R.A. 9999, the RA 12345 rule and Republic  Act Number 555 apply.",
        "The Health Order No. 4, series of 2020, and Labor Order No 12 were cited by Executive Order No.3.",
        "House Bill No. 4410, HB 12, Senate Bill 7 and SB no. 88 passed; H.R. 2732 and S. 1207 did too, as did AB 588.",
        "City Ordinance No. 2019-05 and Municipal Ordinance No.7 and Ordinance No 12 were read aloud.",
        "Assembly Bill 588 was heard in the U.S. Senate on 4 May; the R. A. 1234 text was not.",
        "No law here: the orders of the day, a bill of sale, and the acts of the apostles in 1999.",
        "xRepublic Act No. 1234 and .RA 5555 hide behind letters; H. R. 55 is spaced; S.No.9 is tight.",
        "Ordinances No. 5 and Orders No. 6 are plural; ORDER NO. 7 shouts; Order\nNo. 8 breaks a line.",
    ];

    [Fact]
    public void No_position_a_pack_pattern_matches_from_is_turned_away()
    {
        var patterns = LexiconSet.Default.Laws.Citations.Select(c => c.Pattern)
            .Append(Pattern(@"(?<![\w.])(?:Assembly\s+Bill|AB)\s*(?:(?:No|no)\.?\s*)?(?<n>\d{1,5})\b"))
            .Append(Pattern(@"\b(?:Order|Bill)s?\s+No\.?\s*\d+"))
            .Append(Pattern(@"[sS]eries\s+of\s+\d{4}"))
            .ToList();
        int turnedAway = 0;
        foreach (var pattern in patterns)
        {
            var required = RequiredLiterals.Of(pattern);
            foreach (string sentence in Sentences)
                for (int at = 0; at <= sentence.Length; at++)
                {
                    bool may = required.MayMatchFrom(sentence, at);
                    if (pattern.Match(sentence, at).Success) may.Should().BeTrue($"/{pattern}/ matches \"{sentence}\" from {at}");
                    else if (!may) turnedAway++;
                }
        }

        turnedAway.Should().BePositive("the precheck must save some runs to be worth having");
    }

    [Fact]
    public void The_packs_text_patterns_each_require_a_literal() =>
        LexiconSet.Default.Laws.Citations.Where(c => c.Source == LawCitationSource.Text)
            .Should().OnlyContain(c => RequiredLiterals.Of(c.Pattern).Sets.Count > 0);
}
