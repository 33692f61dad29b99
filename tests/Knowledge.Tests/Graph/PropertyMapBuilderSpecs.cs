using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

public class PropertyMapBuilderSpecs
{
    [Fact]
    public void Entries_in_any_order_make_the_map_a_sorted_dictionary_would_hold()
    {
        var random = new Random(18);
        var builder = new PropertyMapBuilder();
        for (int round = 0; round < 300; round++)
        {
            int count = random.Next(0, 21);
            var keys = Enumerable.Range(0, 40).Select(i => "key" + i).OrderBy(_ => random.Next()).Take(count).ToList();
            // Mostly in key order, as callers give them, sometimes shuffled.
            if (round % 3 != 0) keys.Sort(StringComparer.Ordinal);
            var expected = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                object value = key.Length % 2 == 0 ? key.ToUpperInvariant() : key.Length;
                builder[key] = value;
                expected[key] = value;
            }

            var map = builder.ToImmutable();

            map.Should().Equal(expected.ToImmutable());
            map.Keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
        }
    }

    [Fact]
    public void A_map_made_stays_as_it_was_when_the_next_is_made()
    {
        var builder = new PropertyMapBuilder();
        builder["title"] = "Director";
        builder["docId"] = "d1";
        var first = builder.ToImmutable();
        builder["title"] = "Treasurer";

        var second = builder.ToImmutable();

        first.Should().Equal(new Dictionary<string, object> { ["docId"] = "d1", ["title"] = "Director" });
        second.Should().Equal(new Dictionary<string, object> { ["title"] = "Treasurer" });
    }

    [Fact]
    public void No_entries_make_the_shared_empty_map()
    {
        new PropertyMapBuilder().ToImmutable().Should().BeSameAs(PropertyMap.Empty);
    }

    [Fact]
    public void A_key_set_again_has_its_value_replaced_wherever_it_sorts()
    {
        var builder = new PropertyMapBuilder();
        builder["kind"] = "direct";
        builder["date"] = "2024-05-01";
        builder["text"] = "We will open the pier.";

        builder["date"] = "2024-05-02";
        builder["text"] = "We will open the pier in June.";

        builder.ContainsKey("date").Should().BeTrue();
        builder.ContainsKey("end").Should().BeFalse();
        builder.Count.Should().Be(3);
        builder["date"].Should().Be("2024-05-02");
        builder.Invoking(b => b["end"]).Should().Throw<KeyNotFoundException>();
        builder.ToImmutable().Should().Equal(new Dictionary<string, object>
        {
            ["date"] = "2024-05-02", ["kind"] = "direct", ["text"] = "We will open the pier in June.",
        });
    }

    [Fact]
    public void A_map_may_have_any_number_of_entries()
    {
        var builder = new PropertyMapBuilder();
        for (int i = 99; i >= 0; i--) builder["k" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)] = i;
        builder["k03"] = "three";

        var map = builder.ToImmutable();

        map.Count.Should().Be(100);
        map["k03"].Should().Be("three");
        map["k42"].Should().Be(42);
        map.Keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Maps_with_the_same_keys_share_one_array_of_keys_and_keep_their_own_values()
    {
        var builder = new PropertyMapBuilder();
        builder["text"] = "first";
        builder["docId"] = "d1";
        var first = builder.ToImmutable();
        builder["docId"] = "d2";
        builder["text"] = "second";
        var second = builder.ToImmutable();
        builder["docId"] = "d3";
        var other = builder.ToImmutable();

        second.Keys.Should().Equal("docId", "text");
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(second.Keys)
            .Should().BeSameAs(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(first.Keys));
        first.Should().Equal(new Dictionary<string, object> { ["docId"] = "d1", ["text"] = "first" });
        second.Should().Equal(new Dictionary<string, object> { ["docId"] = "d2", ["text"] = "second" });
        other.Keys.Should().Equal("docId");
    }
}
