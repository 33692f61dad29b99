using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Extraction.Laws;
using Knowledge.Extraction.Relations;
using Xunit;

namespace Knowledge.Tests.Extraction;

/// <summary>
/// The source-generated regexes (issue 18) match exactly what their interpreted patterns matched:
/// the same values at the same places, on sentences with edge cases.
/// </summary>
public class GeneratedRegexSpecs
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly string[] Texts =
    [
        "",
        " ",
        "the chair of the Harbor Trust",
        "Juan dela Cruz, head of the Senate's ethics panel, said",
        "co-founder and CEO – of the N.G.O. (since 2019); “quote” O’Brien's 3rd-term, 12,000",
        ", Senator Maria Santos ",
        " ,  Dr. Jose Rizal-Mercado  ",
        ", the senator ",
        ", A B C D ",
        ", A B C D E ",
        ",Maria\n",
        "x, Maria ",
        " (",
        "  \t(",
        "( ",
        "(",
        "a (",
        "Ärzte ohne Grenzen, São Paulo — Zürich’s 2nd unit… ١٢٣ 日本語",
        "tab\tand\nnew line, comma,,double",
    ];

    public static IEnumerable<object[]> Cases() =>
        new (string Name, Regex Old, Regex New)[]
        {
            ("relation words", new(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*|,|[^\s\p{L}\p{N},]", RegexOptions.CultureInvariant, Timeout), RelationCues.Word()),
            ("introduced person", new(@"^\s*,\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$", RegexOptions.CultureInvariant, Timeout), MembershipRelations.IntroducedPerson()),
            ("chamber number", new(@"^\s*\($", RegexOptions.CultureInvariant, Timeout), LawEquivalence.ChamberNumber()),
        }.SelectMany(c => Texts.Select(t => new object[] { c.Name, c.Old, c.New, t }));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_generated_regex_matches_what_the_interpreted_pattern_matched(string name, Regex old, Regex generated, string text)
    {
        static IEnumerable<(int, int, string)> All(Regex r, string t) => r.Matches(t).Select(m => (m.Index, m.Length, m.Value));
        All(generated, text).Should().Equal(All(old, text), name);
    }

    [Fact]
    public void The_generated_regexes_keep_the_pattern_options_and_timeout()
    {
        foreach (var r in new[] { RelationCues.Word(), MembershipRelations.IntroducedPerson(), LawEquivalence.ChamberNumber() })
        {
            r.Options.Should().Be(RegexOptions.CultureInvariant);
            r.MatchTimeout.Should().Be(Timeout);
        }
    }

    [Fact]
    public void The_sample_texts_exercise_matches_and_misses()
    {
        MembershipRelations.IntroducedPerson().IsMatch(", Senator Maria Santos ").Should().BeTrue();
        MembershipRelations.IntroducedPerson().IsMatch(", A B C D E ").Should().BeFalse();
        LawEquivalence.ChamberNumber().IsMatch("  \t(").Should().BeTrue();
        LawEquivalence.ChamberNumber().IsMatch("a (").Should().BeFalse();
        RelationCues.Word().Matches("O’Brien's 3rd-term,").Select(m => m.Value).Should().Equal("O’Brien's", "3rd-term", ",");
    }
}
