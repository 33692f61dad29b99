using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>One pass over a text tells which patterns it lacks a required literal for, and never turns away a text a pattern matches.</summary>
public class RequiredLiteralsGateSpecs
{
    private static Regex Pattern(string text) => new(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    private static readonly Regex DepartmentOrder = Pattern(@"(?<dept>[A-Z][A-Za-z]+)\s+Order\s+No\.?\s*(?<n>\d{1,4})\b");
    private static readonly Regex RepublicAct = Pattern(@"(?:Republic\s+Act|R\.\s?A\.|RA)\s*(?<n>\d{3,5})\b");
    private static readonly Regex YearSeries = Pattern(@"[sS]eries\s+of\s+(?<y>\d{4})");

    private static RequiredLiteralsGate GateOf(params Regex[] patterns) => new([.. patterns.Select(RequiredLiterals.Of)]);

    [Fact]
    public void A_text_lacking_every_literal_of_a_set_cannot_match_the_pattern()
    {
        var gate = GateOf(DepartmentOrder, RepublicAct);
        ulong literals = gate.LiteralsIn("The Harbor Order No. 4 was read; no act was named.");

        gate.MayMatch(0, literals).Should().BeTrue("the text holds \"Order\" and \"No\"");
        gate.MayMatch(1, literals).Should().BeFalse("the text holds none of \"Republic\", \"R.\" and \"RA\"");
    }

    [Fact]
    public void Any_literal_of_a_set_meets_it_wherever_it_stands()
    {
        var gate = GateOf(RepublicAct);

        gate.MayMatch(0, gate.LiteralsIn("a text that ends with RA")).Should().BeTrue();
        gate.MayMatch(0, gate.LiteralsIn("R.")).Should().BeTrue();
        gate.MayMatch(0, gate.LiteralsIn("Republican")).Should().BeTrue("a literal inside a longer word is still held");
        gate.MayMatch(0, gate.LiteralsIn("R A, Rep., ra")).Should().BeFalse();
        gate.MayMatch(0, gate.LiteralsIn("")).Should().BeFalse();
    }

    [Fact]
    public void A_set_whose_literals_open_in_lower_case_is_left_to_the_pattern()
    {
        var gate = GateOf(YearSeries);

        gate.MayMatch(0, gate.LiteralsIn("No year at all.")).Should().BeTrue("\"eries\" and \"of\" are common letters: the gate does not look for them");
    }

    /// <summary>Sentences written for this spec: citations in several forms, and texts that cite nothing.</summary>
    private static readonly string[] Texts =
    [
        "Under Republic Act No. 11930 and R.A. 9999 the Labor Order No. 12, series of 2021, applies.",
        "House Bill No. 4410 and SB 7 passed; H.R. 2732 and S. 1207 did too, as did AB 588.",
        "City Ordinance No. 2019-05 was read aloud in the Assembly.",
        "Nothing is cited here: the orders of the day and a bill of sale.",
        "",
    ];

    [Fact]
    public void No_text_a_pack_pattern_matches_is_turned_away_and_texts_without_citations_are()
    {
        var patterns = LexiconSet.Default.Laws.Citations.Where(c => c.Source == LawCitationSource.Text).Select(c => c.Pattern).ToList();
        var gate = new RequiredLiteralsGate([.. patterns.Select(RequiredLiterals.Of)]);
        int turnedAway = 0;
        foreach (string text in Texts)
        {
            ulong literals = gate.LiteralsIn(text);
            for (int p = 0; p < patterns.Count; p++)
            {
                bool may = gate.MayMatch(p, literals);
                if (patterns[p].IsMatch(text)) may.Should().BeTrue($"/{patterns[p]}/ matches \"{text}\"");
                if (!may)
                {
                    RequiredLiterals.Of(patterns[p]).MayMatchFrom(text, 0).Should().BeFalse("the gate turns away only what the pattern's own check would");
                    turnedAway++;
                }
            }
        }

        turnedAway.Should().BeGreaterThan(Texts.Length * patterns.Count / 2, "most texts lack most patterns' literals");
    }
}
