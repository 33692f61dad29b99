using FluentAssertions;
using Knowledge.Resolution;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Resolution;

public class MentionStoreSpecs
{
    private static CollectedMention Mention(int at) =>
        new(at % 7, new EntityMention(EntityType.Person, at, at + 4, "Name " + at, "spec"), ["person:name-" + at], "Name " + at, null);

    [Fact]
    public void Mentions_are_read_back_by_index_and_in_order_across_blocks()
    {
        var store = new MentionStore();
        for (int i = 0; i < 2500; i++) store.Add(Mention(i));

        store.Count.Should().Be(2500);
        store[0].M.Start.Should().Be(0);
        store[1023].M.Start.Should().Be(1023);
        store[1024].Written.Should().Be("Name 1024");
        store[2499].Doc.Should().Be(2499 % 7);
        store.Select(x => x.M.Start).Should().Equal(Enumerable.Range(0, 2500));
    }

    [Fact]
    public void An_index_past_the_mentions_added_is_refused()
    {
        var store = new MentionStore();
        store.Add(Mention(1));

        var read = () => store[1];
        read.Should().Throw<ArgumentOutOfRangeException>();
    }
}
