using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

public class PropertyMapBuilderSpecs
{
    [Fact]
    public void Entries_in_any_order_make_the_map_the_sorted_dictionary_builder_makes()
    {
        var random = new Random(18);
        var builder = new PropertyMapBuilder();
        for (int round = 0; round < 300; round++)
        {
            int count = random.Next(0, PropertyMapBuilder.MaxEntries + 1);
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

            map.KeyComparer.Should().BeSameAs(StringComparer.Ordinal);
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
        new PropertyMapBuilder().ToImmutable().Should().BeSameAs(PropertyMaps.Empty);
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
    public void More_entries_than_a_map_may_hold_throw_but_a_full_map_may_have_a_value_replaced()
    {
        var builder = new PropertyMapBuilder();
        for (int i = 0; i < PropertyMapBuilder.MaxEntries; i++) builder["k" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)] = i;

        builder.Invoking(b => b["zz"] = 0).Should().Throw<InvalidOperationException>();
        builder["k03"] = "three";
        builder.ToImmutable()["k03"].Should().Be("three");
    }
}
