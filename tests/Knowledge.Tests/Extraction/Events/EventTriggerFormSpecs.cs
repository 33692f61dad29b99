using FluentAssertions;
using Knowledge.Extraction.Events;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Events;

/// <summary>
/// The trigger lexicon's form column drives the event rules: a trigger line added with an existing
/// form behaves like the words of that form, and changing a line's form changes what its word does.
/// </summary>
public class EventTriggerFormSpecs
{
    private const string Triggers = "events/triggers";

    /// <summary>A lexicon set whose trigger table is the embedded one edited.</summary>
    private static LexiconSet WithTriggers(Func<string, string> edit)
    {
        var edited = edit(LexiconSet.ReadEmbedded(Triggers));
        return LexiconSet.Load(name => name == Triggers ? edited : LexiconSet.ReadEmbedded(name));
    }

    private static LexiconSet WithTriggerLine(string line) => WithTriggers(text => text + line + "\n");

    private static List<(EventType Type, string? Date)> Events(LexiconSet lexicons, string text)
    {
        var pipeline = new KnowledgePipelineBuilder().UseDefaults(lexicons).Build();
        var doc = pipeline.Process(new SourceDocument("forms", text, BodyFormat.Markdown, new DocumentOrigin("forms.md")) { Published = new DateOnly(2024, 3, 5) });
        return doc.Events.Select(e => (e.EventType, e.Date?.Iso)).ToList();
    }

    /// <summary>Each sentence read with the new word and with a sibling of its form gives the same events.</summary>
    private static void BehavesLikeSibling(string line, string sibling, params string[] frames)
    {
        var lexicons = WithTriggerLine(line);
        var word = line.Split('\t')[0];
        foreach (var frame in frames)
            Events(lexicons, frame.Replace("{w}", word, StringComparison.Ordinal))
                .Should().Equal(Events(LexiconSet.Default, frame.Replace("{w}", sibling, StringComparison.Ordinal)), frame);
    }

    [Fact]
    public void A_new_past_verb_launch_is_read_like_launched()
    {
        var lexicons = WithTriggerLine("instituted\tLaunch\tpast-verb");
        Events(lexicons, "The Alder Trust instituted the Harbor Network on May 3, 2023.").Should().Equal((EventType.Launch, "2023-05-03"));
        BehavesLikeSibling("instituted\tLaunch\tpast-verb", "launched",
            "The Alder Trust {w} the Harbor Network on May 3, 2023.",
            "The Harbor Network was {w} in 2019 by the Alder Trust.",
            "The newly {w} network met on May 3, 2023.",
            "The Alder Trust {w} an attack on its rivals on May 3, 2023.",
            "The Alder Trust {w} the Harbor Network this week.");
    }

    [Fact]
    public void Without_its_line_the_new_word_is_no_trigger() =>
        Events(LexiconSet.Default, "The Alder Trust instituted the Harbor Network on May 3, 2023.").Should().BeEmpty();

    [Fact]
    public void A_new_present_participle_is_read_like_the_past_verb_but_never_dated_to_the_published_day()
    {
        BehavesLikeSibling("lecturing\tSpeech\tpresent-participle", "spoke",
            "Mara Lind {w} at the Harbor Summit on May 3, 2023.",
            "Mara Lind {w} about the harbor on May 3, 2023.");
        Events(LexiconSet.Default, "Mara Lind spoke at the summit this week.").Should().Equal((EventType.Speech, "2024-03-05"));
        Events(WithTriggerLine("lecturing\tSpeech\tpresent-participle"), "Mara Lind was lecturing at the summit this week.")
            .Should().Equal((EventType.Speech, (string?)null));
    }

    [Fact]
    public void A_new_noun_of_rescue_needs_of_like_arrest()
    {
        var lexicons = WithTriggerLine("rescue\tRescue\tnoun-of");
        Events(lexicons, "Officers of the Coastal Police led the rescue of two girls on May 3, 2023.").Should().Equal((EventType.Rescue, "2023-05-03"));
        Events(lexicons, "The rescue team trained on May 3, 2023.").Should().BeEmpty();
        Events(lexicons, "Since 2015, the team has led the rescue of 450 workers.").Should().BeEmpty();
    }

    [Fact]
    public void A_new_verdict_adjective_is_read_on_the_verb_before_it_like_guilty() =>
        BehavesLikeSibling("culpable\tConviction\tverdict-adjective", "guilty",
            "On May 4, 2020, the Regional Court of Tarvik found two brokers {w} of fraud.",
            "Mara Lind pleaded {w} to fraud on May 4, 2020.",
            "Mara Lind was found not {w} on May 4, 2020.",
            "The {w} brokers left the court on May 4, 2020.");

    [Fact]
    public void A_new_penalty_noun_needs_a_penalty_cue_like_sentence() =>
        BehavesLikeSibling("term\tSentencing\tpenalty-noun", "sentence",
            "A smuggler received a life {w} on May 4, 2020.",
            "A Dutch court gave a 12-year {w} to a woman on May 4, 2020.",
            "The {w} on the first page was long, she wrote on May 4, 2020.");

    [Fact]
    public void A_new_dated_noun_counts_only_when_dated_like_launch() =>
        BehavesLikeSibling("unveiling\tLaunch\tdated-noun", "launch",
            "The {w} of the Harbor Network on May 3, 2023, drew crowds.",
            "The {w} of the Harbor Network drew crowds.");

    [Fact]
    public void A_new_gathering_noun_is_held_like_summit() =>
        BehavesLikeSibling("jamboree\tGathering\tnoun", "summit",
            "The Alder Trust hosted a {w} for volunteers on May 3, 2023.",
            "Mara Lind spoke at the Harbor {w} on May 3, 2023.",
            "A video was shown at the {w}.");

    [Fact]
    public void A_new_enacting_verb_finds_its_law_far_away_like_enacted()
    {
        const string far = "The Harbor Act, which the council debated for a long time over many weeks of hearings and meetings with fishers, farmers and port workers from the coast, was {w} on May 3, 2023.";
        BehavesLikeSibling("promulgated\tLegislativeAction\tenacting-verb", "enacted", far);
        Events(WithTriggerLine("promulgated\tLegislativeAction\tpast-verb"), far.Replace("{w}", "promulgated", StringComparison.Ordinal))
            .Should().BeEmpty("a past-verb of the family needs the law within ten words");
    }

    [Fact]
    public void Changing_a_line_s_form_changes_what_its_word_does()
    {
        const string text = "Volunteers cleaned the beach before the Harbor event on May 3, 2023.";
        Events(LexiconSet.Default, text).Should().BeEmpty("a generic noun after a capitalised word is not a named gathering");
        var named = WithTriggers(t => t.Replace("event\tGathering\tgeneric-noun", "event\tGathering\tnoun", StringComparison.Ordinal));
        Events(named, text).Should().Equal((EventType.Gathering, "2023-05-03"));
    }

    [Theory]
    [InlineData("recalled\tLaunch\tpast-tense")]
    [InlineData("recalled\tRecall\tpast-verb")]
    [InlineData("recalled\tLaunch")]
    [InlineData("recalled\tlaunch\tpast-verb")]
    public void A_line_with_an_unknown_type_or_form_is_an_error_that_names_the_lexicon(string line)
    {
        var act = () => new EventExtractor(WithTriggerLine(line));
        act.Should().Throw<InvalidOperationException>().WithMessage("*events/triggers*recalled*");
    }

    [Fact]
    public void Every_form_is_described_in_the_header_and_every_line_names_one()
    {
        var text = LexiconSet.ReadEmbedded(Triggers);
        var header = string.Join('\n', text.Split('\n').Where(l => l.StartsWith('#')));
        foreach (var form in Enum.GetValues<TriggerForm>())
            header.Should().Contain("#   " + TriggerForms.ColumnOf(form) + " ", "the header describes the form {0}", form);
        foreach (var row in LexiconSet.Default.Events.Triggers.Rows)
            TriggerForms.Parse(row[2]).Should().NotBeNull(row[0]);
    }

    [Fact]
    public void Exports_name_the_enums_as_before()
    {
        EventType.LegislativeAction.Name().Should().Be("LegislativeAction");
        Enum.GetValues<EventDateSource>().Select(s => s.Name()).Should().Equal("none", "text", "context", "event", "published");
        Enum.GetValues<EventPart>().Select(p => p.Name()).Should().Equal("agent", "subject", "location", "participant");
    }
}
