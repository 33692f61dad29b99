using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Extraction.Events;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Events;

/// <summary>The merge groups a document's event mentions and copies only the mentions whose event or date it changes.</summary>
public class EventMergerSpecs
{
    private static readonly DateMention Year = new(5, 9, new DateOnly(2019, 1, 1), DatePrecision.Year, false);
    private static readonly DateMention Day = new(55, 72, new DateOnly(2019, 11, 10), DatePrecision.Day, false);

    private static EventMention Mention(EventType type, int start, DateMention? date = null) =>
        new(type, start, start + 40, (start + 1, start + 8), "A sentence.")
        {
            Date = date,
            DateSource = date is null ? EventDateSource.None : EventDateSource.Text,
        };

    private static readonly EventMention[] Launches =
    [
        Mention(EventType.Launch, 0, Year),
        Mention(EventType.Launch, 50, Day),
        Mention(EventType.Arrest, 100),
    ];

    private static ImmutableArray<EventMention> Merge(IReadOnlyList<EventMention> mentions) => EventMerger.Merge(mentions, _ => false);

    [Fact]
    public void A_mention_the_merge_leaves_as_it_was_is_kept_and_the_others_are_copied()
    {
        var merged = Merge(Launches);
        merged.Should().HaveCount(3);
        merged[1].Should().BeSameAs(Launches[1], "the most precise mention of the first event keeps its index, date and source");
        merged[0].Should().NotBeSameAs(Launches[0]);
        merged[0].Date.Should().BeSameAs(Day, "the year's mention takes its event's most precise date");
        merged[0].DateSource.Should().Be(EventDateSource.Event);
        merged[2].EventIndex.Should().Be(1);
        Launches[2].EventIndex.Should().Be(0, "the input is not changed");
    }

    [Fact]
    public void A_merge_after_another_documents_on_the_same_thread_gives_the_same_events()
    {
        var first = Merge(Launches);
        var other = Merge([Mention(EventType.Rescue, 10), Mention(EventType.Arrest, 20), Mention(EventType.Launch, 30, Year), Mention(EventType.Launch, 40)]);
        other.Select(m => m.EventIndex).Should().Equal(0, 1, 2, 2);
        Merge(Launches).Should().Equal(first);
    }
}
