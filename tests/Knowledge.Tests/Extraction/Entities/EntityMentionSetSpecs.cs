using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>
/// The mentions found in one document answer "which overlap this range?" from the neighbourhood of the range, so
/// the work of the entity passes grows with a document's length, not with its square (issue 17, item 1).
/// </summary>
public class EntityMentionSetSpecs
{
    private const string Paragraph =
        "Mayor Odile Frankham of the Brindlecombe Water Board (BWB) met Director Tomasz Quell of the Sandmere " +
        "Port Authority on Monday. \"The levy stays,\" Frankham said. Quell said the Port Authority would appeal " +
        "under the Coastal Levy Act, and the BWB will publish its accounts. The Sandmere Port Authority Council " +
        "and the SPA said the Sandmere Port Authority Data Office would answer; the Data Office did not.\n\n";

    private static EntityMention Person(int start, int end) => new(EntityType.Person, start, end, "P" + start, "spec");

    private static long ExaminedToAdd(int count)
    {
        var set = new EntityMentionSet();
        for (int i = 0; i < count; i++) set.Add(Person(i * 20, i * 20 + 12));
        return set.MentionsExamined;
    }

    private static long ExaminedByThePasses(int paragraphs) => RunThePasses(paragraphs).Examined;

    private static ExaminedProbe RunThePasses(int paragraphs)
    {
        var probe = new ExaminedProbe();
        var pipeline = new KnowledgePipelineBuilder().UseDefaults().ConfigureEntities(passes => passes.Add(probe)).Build();
        pipeline.Process(new SourceDocument("long", string.Concat(Enumerable.Repeat(Paragraph, paragraphs)), BodyFormat.PlainText, new DocumentOrigin("long.txt")));
        return probe;
    }

    /// <summary>Reads, after every other pass, how many mentions the overlap questions looked at and the passes listed.</summary>
    private sealed class ExaminedProbe : IEntityPass
    {
        public long Examined { get; private set; }

        public long Listed { get; private set; }

        public string Name => "examined-probe";

        public void Run(Doc doc, EntityMentionSet mentions) => (Examined, Listed) = (mentions.MentionsExamined, mentions.MentionsListed);
    }

    [Fact]
    public void Adding_twice_as_many_mentions_examines_at_most_about_twice_as_many()
    {
        long single = ExaminedToAdd(2_000), twice = ExaminedToAdd(4_000);
        ((double)twice / single).Should().BeLessThan(2.2);
    }

    [Fact]
    public void The_entity_passes_over_a_document_twice_as_long_examine_at_most_about_twice_as_many_mentions()
    {
        long single = ExaminedByThePasses(40), twice = ExaminedByThePasses(80);
        single.Should().BePositive();
        ((double)twice / single).Should().BeLessThan(2.2);
    }

    [Fact]
    public void The_entity_passes_over_a_document_twice_as_long_list_the_mentions_at_most_about_twice_as_often()
    {
        // A pass that walks every mention found so far for each candidate (an acronym looking for the body it
        // abbreviates, a unit looking for its parent) lists four times as many mentions when the text doubles.
        long single = RunThePasses(40).Listed, twice = RunThePasses(80).Listed;
        single.Should().BePositive();
        ((double)twice / single).Should().BeLessThan(2.2);
    }

    [Fact]
    public void Overlapping_mentions_come_in_the_order_they_were_added_even_across_distant_positions()
    {
        var set = new EntityMentionSet();
        var late = Person(500, 520);
        var nested = Person(505, 510);
        var early = Person(10, 600);
        set.Add(late);
        set.AddNested(nested);
        set.AddNested(early);
        set.Overlapping(0, 1000).Should().Equal(late, nested, early);
        set.Overlapping(507, 507).Should().Equal([late, nested, early], "an empty range is overlapped by the mentions covering it");
    }

    [Fact]
    public void A_replaced_mention_keeps_its_place_and_a_removed_one_no_longer_overlaps()
    {
        var set = new EntityMentionSet();
        var first = Person(0, 10);
        var second = Person(100, 110);
        set.Add(first);
        set.Add(second);
        var moved = Person(0, 200);
        set.Replace(first, moved);
        set.Overlapping(150, 160).Should().Equal(moved);
        set.Overlapping(100, 101).Should().Equal(moved, second);
        set.Remove(second);
        set.Overlapping(100, 101).Should().Equal(moved);
        set.Items.Should().Equal(moved);
        set.Add(Person(105, 108)).Should().BeFalse("the replaced mention now covers that range");
    }

    [Fact]
    public void Asking_about_a_range_where_no_mention_or_one_mention_lies_builds_no_list()
    {
        var set = new EntityMentionSet();
        set.Add(Person(100, 110));
        set.Add(Person(300, 310));
        long Allocated(Action ask)
        {
            ask();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) ask();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Allocated(() => _ = set.Overlapping(0, 50)).Should().Be(0, "nothing overlaps: the empty answer is shared");
        Allocated(() => _ = set.Overlapping(95, 105)).Should().BeLessThanOrEqualTo(100 * 64, "one mention: at most a one-element list, no buffers");
        set.Overlapping(0, 50).Should().BeEmpty();
        set.Overlapping(95, 105).Should().ContainSingle().Which.Start.Should().Be(100);
    }
    [Fact]
    public void Of_equal_mentions_the_first_added_is_replaced_and_removed_and_the_others_keep_their_places()
    {
        var set = new EntityMentionSet();
        var unit = new EntityMention(EntityType.Organization, 0, 30, "Harbor Data Office", "spec");
        var parent = new EntityMention(EntityType.Organization, 0, 12, "Harbor", "spec");
        set.Add(unit).Should().BeTrue();
        set.AddNested(parent).Should().BeTrue();
        set.Add(Person(40, 50)).Should().BeTrue();
        set.Add(Person(60, 70)).Should().BeTrue();

        set.Remove(Person(40, 50));
        set.Replace(parent, parent with { Key = "org-harbor" });
        set.Replace(Person(60, 70), Person(60, 70) with { Name = "Ana Reyes" });

        set.Items.Select(m => (m.Start, m.Name, m.Key)).Should().Equal((0, "Harbor Data Office", null), (0, "Harbor", "org-harbor"), (60, "Ana Reyes", null));
        set.Overlapping(40, 50).Should().BeEmpty();
        set.Overlapping(0, 100).Select(m => m.Name).Should().Equal("Harbor Data Office", "Harbor", "Ana Reyes");
    }

    [Fact]
    public void A_mention_replaced_by_an_empty_range_is_still_found_in_the_list_by_value()
    {
        var set = new EntityMentionSet();
        var first = Person(0, 10);
        set.Add(first);
        var empty = first with { End = 0 };
        set.Replace(first, empty);
        set.Replace(empty, Person(0, 8));

        set.Items.Should().ContainSingle().Which.Should().Be(Person(0, 8));
        set.Remove(Person(0, 8));
        set.Items.Should().BeEmpty();
    }

    [Fact]
    public void The_sorted_mentions_go_by_start_the_longest_first_and_keep_the_added_order_for_one_range()
    {
        var set = new EntityMentionSet();
        set.Add(Person(50, 60));
        set.Add(Person(0, 10));
        set.AddNested(Person(0, 4));
        set.AddNested(new EntityMention(EntityType.Place, 50, 55, "Sandmere", "spec"));

        set.ToSortedArray().Select(m => (m.Start, m.End)).Should().Equal((0, 10), (0, 4), (50, 60), (50, 55));
    }
    [Fact]
    public void After_adds_replacements_and_removals_past_the_sized_length_overlaps_are_those_of_a_plain_scan()
    {
        var random = new Random(18);
        var set = new EntityMentionSet(textLength: 200);
        var added = new List<EntityMention>();
        for (int k = 0; k < 400; k++)
        {
            int start = random.Next(0, 1000), length = random.Next(1, 150);
            var m = new EntityMention(EntityType.Organization, start, start + length, "O" + k, "spec");
            if (set.AddNested(m)) added.Add(m);
            if (k % 7 == 3 && added.Count > 0)
            {
                var gone = added[random.Next(added.Count)];
                set.Remove(gone);
                added.Remove(gone);
            }
            if (k % 5 == 1 && added.Count > 0)
            {
                int at = random.Next(added.Count);
                var moved = added[at] with { End = added[at].End + 70 };
                set.Replace(added[at], moved);
                added[at] = moved;
            }
        }

        set.Items.Should().Equal(added);
        for (int start = 0; start < 1200; start += 37)
        {
            int end = start + random.Next(0, 90);
            var expected = added.Where(m => m.Start < end && start < m.End).ToList();
            set.Overlapping(start, end).Should().Equal(expected, "range [{0}, {1})", start, end);
            set.AnyOverlapping(start, end).Should().Be(expected.Count > 0);
        }
    }

    [Fact]
    public void An_emptied_set_answers_as_a_new_one_for_the_next_document()
    {
        var set = new EntityMentionSet(2_000);
        for (int i = 0; i < 50; i++) set.Add(Person(i * 40, i * 40 + 12));
        set.Overlapping(0, 2_000).Should().HaveCount(50);

        set.Reset(100);

        set.Items.Should().BeEmpty();
        set.MentionsExamined.Should().Be(0);
        set.Overlapping(0, 2_000).Should().BeEmpty("no mention of the earlier document is left, even past the new text");
        set.AnyOverlapping(1_000, 1_012).Should().BeFalse();
        set.Add(Person(40, 52)).Should().BeTrue("the range taken before the reset is free again");
        set.Add(Person(10, 20)).Should().BeTrue();
        set.Add(Person(45, 60)).Should().BeFalse("it overlaps a mention added after the reset");
        set.Overlapping(0, 100).Select(m => m.Start).Should().Equal(40, 10);
        set.ToSortedArray().Select(m => m.Start).Should().Equal(10, 40);
    }

    [Fact]
    public void Counting_the_overlapping_mentions_agrees_with_listing_them()
    {
        var set = new EntityMentionSet(400);
        set.Add(Person(10, 30));
        set.Add(Person(60, 200));
        set.AddNested(Person(70, 90));
        set.Add(Person(250, 260));

        for (int start = 0; start < 300; start += 7)
            for (int end = start; end < start + 150; end += 11)
            {
                var listed = set.Overlapping(start, end).ToList();
                int count = set.CountOverlapping(start, end, out var only);
                count.Should().Be(Math.Min(listed.Count, 2), "range [{0}, {1})", start, end);
                if (listed.Count == 1) only.Should().BeSameAs(listed[0]);
            }
        set.CountOverlapping(75, 80, out _).Should().Be(2, "the body and the unit named inside it both cover the range");
    }
}
