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
    [InlineData("The SAFE (Securing All Fishing Estuaries) Act passed.", "SAFE (Securing All Fishing Estuaries) Act")]
    [InlineData("Lawmakers backed the CLEAN 2 (Coastal Lands Each Need Attention) Act", "")]
    [InlineData("Lawmakers backed the CLEAN AIR (Coastal Lands Each Need Attention) Act", "CLEAN AIR (Coastal Lands Each Need Attention) Act")]
    [InlineData("The NAB (National Archives Board) met.", "")]
    [InlineData("The NAB (National Archives Board) Bill and (C", "NAB (National Archives Board) Bill")]
    [InlineData("The NAB (Natio) Act", "")]
    [InlineData("The NAB (Nation) Act", "NAB (Nation) Act")]
    [InlineData("The NAB (Nation (Archives) Board) Act", "")]
    [InlineData("The NAB (National\nArchives Board) Act", "")]
    [InlineData("The NAB (National Archives Board) Actor", "")]
    [InlineData("The xNAB (National Archives Board) Act", "")]
    [InlineData("The 1NAB (National Archives Board) Act", "")]
    [InlineData("The N1 NAB (National Archives Board) Act", "N1 NAB (National Archives Board) Act")]
    [InlineData("The N1  NAB (National Archives Board) Act", "NAB (National Archives Board) Act")]
    [InlineData("The N1\u00a0NAB (National Archives Board)\tAct", "N1\u00a0NAB (National Archives Board)\tAct")]
    [InlineData("The National Archives Board (NAB) met.", "")]
    [InlineData("The safe (Securing All Fishing Estuaries) Act passed.", "")]
    [InlineData("The SAFE (securing all fishing estuaries) Act passed.", "")]
    [InlineData("(A", "")]
    [InlineData("", "")]
    public void An_expanded_act_is_an_acronym_then_a_capitalised_bracket_and_a_legislation_head(string text, string match)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        match = System.Text.RegularExpressions.Regex.Unescape(match);
        var found = Patterns.ExpandedAcronymActs(text);
        found.Select(m => text[m.Start..m.End]).Should().Equal(match.Length == 0 ? [] : [match]);
        Patterns.ExpandedAcronymAct.Matches(text).Select(m => m.Value).Should().Equal(found.Select(m => text[m.Start..m.End]), "the scanner finds what the pattern matches");
    }

    [Fact]
    public void The_expanded_act_scanner_finds_what_the_pattern_matches_with_the_same_groups()
    {
        // Random texts from the characters the pattern tells apart: capitals and digits (acronyms), lower case and
        // letters outside ASCII (word characters that break a boundary), the zero-width joiner (a word character to \b
        // alone), white space in and outside ASCII, brackets and line breaks (which end an expansion), and the heads.
        string[] pieces = ["A", "B", "Z", "1", "0", "AB", "NAB", "x", "é", "\u200D", "_", " ", " ", "  ", "\u00a0", "\t", "\n",
            "(", ")", "(", ")", "-", ".", "Act", "Bill", "Actor", "Bills", "Alpha ", "Securing All ", "Fish"];
        var random = new Random(18);
        var texts = new List<string>
        {
            "AB CD (Alpha Bravo Charlie Delta) Bill",
            "X1 (Xeno One Thing) Act, then the REEF (Restoring Eroded Estuary Floors) Act.",
            "SAFE (Securing All Fishing Estuaries) Act (Another Long Name) Act AB (Alpha Bravo) Bill",
            "AB CD EF (Alpha Bravo) Act CD (Charlie Delta) Act",
            "BILL (Alpha Bravo Charlie) Bill (Delta Echo Foxtrot) Act",
        };
        for (int i = 0; i < 4000; i++)
        {
            var text = new System.Text.StringBuilder();
            int parts = random.Next(1, 40);
            for (int k = 0; k < parts; k++) text.Append(System.Text.RegularExpressions.Regex.Unescape(pieces[random.Next(pieces.Length)]));
            // Half of them get the shape of a match somewhere, so that the comparison is mostly about the edges.
            if (random.Next(2) == 0) text.Insert(random.Next(text.Length + 1), " AB (Alpha Bravo Charlie) Act ");
            texts.Add(text.ToString());
        }
        int matched = 0;
        foreach (string text in texts)
        {
            var expected = Patterns.ExpandedAcronymAct.Matches(text)
                .Select(m => (m.Index, m.Index + m.Length, m.Groups["acr"].Index + m.Groups["acr"].Length, m.Groups["exp"].Index,
                    m.Groups["exp"].Index + m.Groups["exp"].Length, m.Groups["kind"].Value));
            var found = Patterns.ExpandedAcronymActs(text).Select(m => (m.Start, m.End, m.AcronymEnd, m.ExpansionStart, m.ExpansionEnd, m.Head));
            found.Should().Equal(expected, $"the scanner and the pattern agree on \"{text}\"");
            matched += expected.Count();
        }
        matched.Should().BeGreaterThan(1500, "the texts exercise matches, not only misses");
    }
}
