using FluentAssertions;
using Knowledge.Extraction.Laws;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Extraction.Laws;

/// <summary>
/// The proposed-law cue is a prefilter: whenever the full pattern matches a text, the cue matches it too,
/// so skipping texts without the cue cannot lose a proposed law.
/// </summary>
public class LawPatternsSpecs
{
    private static readonly LawPatterns Patterns = new(LexiconSet.Default);

    private static readonly string[] Samples =
    [
        "The proposed EU regulation to curb online fraud was tabled on Monday.",
        "Officials backed the Harbor Commission proposal to End Bycatch, a plan critics called weak.",
        "A draft Senate bill to   ban\tdrift nets passed.",
        "the EU directive\nto curb fraud",
        "the EU regulation to\ncurb fraud",
        "The Kenyan legislation to protect reefs [1] is new.",
        "The regulation to curb fraud has no jurisdiction before it.",
        "EU regulations to curb fraud are plural.",
        "The EU Regulation To Curb Fraud is capitalised.",
        "The EU bill aims to curb fraud.",
        "A bill-to-be in the EU.",
        "Nothing about laws here at all.",
        "",
    ];

    public static IEnumerable<object[]> Texts => Samples.Select(t => new object[] { t });

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_cue_matches_every_text_the_proposed_law_pattern_matches(string text)
    {
        if (Patterns.ProposedLaw.IsMatch(text)) Patterns.ProposedLawCue.IsMatch(text).Should().BeTrue();
    }

    [Fact]
    public void The_cue_and_the_pattern_agree_on_sample_sentences()
    {
        var matched = Samples.Where(t => Patterns.ProposedLaw.IsMatch(t)).ToList();
        var cued = Samples.Where(t => Patterns.ProposedLawCue.IsMatch(t)).ToList();
        matched.Should().HaveCountGreaterThan(3).And.OnlyContain(t => cued.Contains(t));
        cued.Should().NotContain(["The EU Regulation To Curb Fraud is capitalised.", "The EU bill aims to curb fraud.", "Nothing about laws here at all."]);
    }

    [Fact]
    public void A_proposed_law_is_still_found_with_the_cue_before_it() =>
        Analyse.Through<Knowledge.Extraction.Entities.EntityRecognizer>("Ministers said the proposed EU regulation to curb online fraud would pass.")
            .Entities.Where(e => e.Type == Knowledge.Syntax.EntityType.Law).Select(e => e.Name)
            .Should().Contain(n => n.StartsWith("EU regulation to curb online fraud", StringComparison.Ordinal));

    [Fact]
    public void The_cue_led_search_finds_the_same_matches_as_scanning_the_text()
    {
        string[] extra =
        [
            "The proposed EU regulation to curb fraud and the draft Senate bill to ban nets; later the UK directive to cut waste.",
            "EU.Commission proposal to end bycatch, the draft  Harbor   Trust bill to fund docks",
            "A bill to fund docks. The EU bill to fund docks",
            "Café São Paulo proposal to fix roads and Zürich Council legislation to tax cars",
            "regulation to regulation to regulation to curb fraud; EU regulation to regulation to curb it",
            "(EU) regulation to curb fraud — “EU regulation to curb fraud”",
            "Officials Of The Big Coastal Harbor Trust bill to fund docks and the draft Alpha Beta Gamma Delta bill to ban nets",
            "x(draft Alpha Beta  Gamma\tDelta bill to ban nets, and Alpha Beta Gamma Delta Epsilon bill to tax cars",
        ];
        foreach (var text in Samples.Concat(extra))
            Patterns.ProposedLaws(text).Select(m => (m.Index, m.Length, m.Groups["jurisdiction"].Value))
                .Should().Equal(Patterns.ProposedLaw.Matches(text).Select(m => (m.Index, m.Length, m.Groups["jurisdiction"].Value)), text);
        Patterns.ProposedLaws(extra[0]).Should().HaveCount(2, "the first name runs on to the semicolon");
    }

    [Fact]
    public void The_token_led_search_finds_the_same_matches_as_scanning_the_text()
    {
        string[] extra =
        [
            "The proposed EU regulation to curb fraud and the draft Senate bill to ban nets; later the UK directive to cut waste.",
            "EU.Commission proposal to end bycatch, the draft  Harbor   Trust bill to fund docks",
            "A bill to fund docks. The EU bill to fund docks",
            "Café São Paulo proposal to fix roads and Zürich Council legislation to tax cars",
            "regulation to regulation to regulation to curb fraud; EU regulation to regulation to curb it",
            "(EU) regulation to curb fraud — “EU regulation to curb fraud”",
            "The EU subregulation to curb fraud and EU-regulation to cut waste, the EU bill.to fund docks",
            "The EU regulation to curb fraud.\n\nThe UK\nbill to\nban nets passed.",
            "Officials Of The Big Coastal Harbor Trust bill to fund docks and the draft Alpha Beta Gamma Delta bill to ban nets",
            "x(draft Alpha Beta  Gamma Delta bill to ban nets, and Alpha Beta Gamma Delta Epsilon bill to tax cars",
        ];
        int found = 0;
        foreach (var text in Samples.Concat(extra).Where(t => t.Length > 0))
        {
            var doc = Analyse.Through<Knowledge.Text.Tokenizer>(text);
            var expected = Patterns.ProposedLaw.Matches(doc.Text).Select(m => (m.Index, m.Length, m.Groups["jurisdiction"].Value)).ToList();
            Patterns.ProposedLaws(doc, doc.TokenTable(LexiconSet.Default)).Select(m => (m.Index, m.Length, m.Groups["jurisdiction"].Value))
                .Should().Equal(expected, doc.Text);
            found += expected.Count;
        }
        Patterns.CuesAreWords.Should().BeTrue("the default nouns are words, so the token path is the one tested");
        found.Should().BeGreaterThan(8);
    }

    [Theory]
    [InlineData("the draft Alpha Beta Gamma Delta bill", 5, "draft Alpha Beta Gamma Delta bill")]
    [InlineData("x(draft  Alpha\tBeta bill", 3, "x(draft  Alpha\tBeta bill")]
    [InlineData("Beta bill", 5, "Beta bill")]
    public void A_match_is_looked_for_only_from_the_fifth_word_before_its_cue(string text, int words, string window)
    {
        int cue = text.LastIndexOf("bill", StringComparison.Ordinal);
        text[LawPatterns.WordsBefore(text, cue, words)..].Should().Be(window);
    }

    [Theory]
    [InlineData("The SAFE (Securing All Fishing Estuaries) Act passed.", true)]
    [InlineData("Lawmakers backed the CLEAN 2 (Coastal Lands Each Need Attention) Act", true)]
    [InlineData("The NAB (National Archives Board) met.", false)]
    [InlineData("The NAB (National Archives Board) Bill and (C", true)]
    [InlineData("The NAB (Natio) Act", false)]
    [InlineData("The NAB (Nation) Act", true)]
    [InlineData("The NAB (Nation (Archives) Board) Act", false)]
    [InlineData("The NAB (National\nArchives Board) Act", false)]
    [InlineData("The National Archives Board (NAB) met.", false)]
    [InlineData("The safe (Securing All Fishing Estuaries) Act passed.", false)]
    [InlineData("The SAFE (securing all fishing estuaries) Act passed.", false)]
    [InlineData("(A", false)]
    [InlineData("", false)]
    public void The_expanded_act_gate_holds_where_an_acronym_is_followed_by_a_capitalised_bracket_and_a_legislation_head(string text, bool mayHold)
    {
        Patterns.MayHoldExpandedAcronymAct(text).Should().Be(mayHold);
        if (Patterns.ExpandedAcronymAct.IsMatch(text)) mayHold.Should().BeTrue("every match holds what the gate looks for");
    }

    [Fact]
    public void The_expanded_act_gate_passes_every_text_the_pattern_matches()
    {
        string[] texts =
        [
            "The SAFE (Securing All Fishing Estuaries) Act passed.",
            "AB CD (Alpha Bravo Charlie Delta) Bill",
            "X1 (Xeno One Thing) Act, then the REEF (Restoring Eroded Estuary Floors) Law.",
        ];
        foreach (var text in texts)
        {
            Patterns.ExpandedAcronymAct.IsMatch(text).Should().BeTrue(text);
            Patterns.MayHoldExpandedAcronymAct(text).Should().BeTrue(text);
        }
    }
}
