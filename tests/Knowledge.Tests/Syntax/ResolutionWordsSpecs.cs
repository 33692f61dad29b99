using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Syntax;
using Xunit;
using static Knowledge.Tests.Store.StoreTestSupport;

namespace Knowledge.Tests.Syntax;

/// <summary>
/// What a document keeps of its text for the graph once the text goes (a run that keeps no annotations): the words of
/// each entity mention and of each event trigger, read back as the text gave them.
/// </summary>
public sealed class ResolutionWordsSpecs
{
    private static readonly ImmutableArray<Doc> Analysed = DefaultPipeline.Run(Corpus, keepTokens: false).Documents;

    [Fact]
    public void Each_mention_reads_back_its_words_as_written_in_order()
    {
        Analysed.Should().Contain(d => d.Entities.Any(m => d.Slice(m.Start, m.End).Trim() != m.Name) && d.Entities.Any(m => d.Slice(m.Start, m.End) == m.Name),
            "mentions written as their names and mentions written otherwise are kept differently");
        foreach (var doc in Analysed)
        {
            var words = ResolutionWords.Of(doc)!;
            int at = 0;
            foreach (var m in doc.Entities)
                words.NextMention(ref at, m).ToString().Should().Be(doc.Slice(m.Start, m.End).Trim(), "mention {0} of {1}", m.Name, doc.Id);
        }
    }

    [Fact]
    public void Each_event_reads_back_its_trigger()
    {
        Analysed.Should().Contain(d => !d.Events.IsEmpty && !d.Entities.IsEmpty, "triggers are kept after the mentions' words");
        foreach (var doc in Analysed)
            ResolutionWords.Of(doc)!.Triggers(doc.Events).Should().Equal(doc.Events.Select(e => doc.Slice(e.Trigger.Start, e.Trigger.End)));
    }

    [Fact]
    public void A_document_with_no_mentions_or_events_keeps_no_words()
    {
        var empty = Analysed[0] with { Entities = [], Events = [] };
        var other = Analysed[1] with { Entities = [], Events = [] };

        ResolutionWords.Of(empty)!.Triggers(empty.Events).Should().BeEmpty();
        ResolutionWords.Of(empty).Should().BeSameAs(ResolutionWords.Of(other), "one instance, holding nothing, serves every such document");
    }

    [Fact]
    public void A_mention_too_long_to_mark_leaves_the_text_to_be_kept()
    {
        var text = new string('a', char.MaxValue + 10);
        var doc = new Doc(Analysed[0].Source, text, []) { Entities = [new EntityMention(EntityType.Organization, 0, text.Length, "A", "test")] };
        var shorter = doc with { Entities = [new EntityMention(EntityType.Organization, 0, char.MaxValue - 1, "A", "test")] };

        ResolutionWords.Of(doc).Should().BeNull("its length does not fit in the one character that marks it");
        var words = ResolutionWords.Of(shorter)!;
        int at = 0;
        words.NextMention(ref at, shorter.Entities[0]).Length.Should().Be(char.MaxValue - 1);
    }
}
