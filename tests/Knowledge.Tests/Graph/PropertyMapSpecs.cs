using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

public class PropertyMapSpecs
{
    private static PropertyMap Map(params (string Key, object Value)[] entries) =>
        PropertyMap.Create(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    [Fact]
    public void Entries_given_in_any_order_are_kept_and_enumerated_in_ordinal_key_order()
    {
        var map = Map(("title", "Director"), ("Zone", 3), ("date", new DateOnly(2024, 5, 1)), ("a", true));

        map.Keys.Should().Equal("Zone", "a", "date", "title");
        map.Values.Should().Equal(3, true, new DateOnly(2024, 5, 1), "Director");
        map.Select(e => e.Key).Should().Equal("Zone", "a", "date", "title");
        var keys = new List<string>();
        foreach (var (key, _) in map) keys.Add(key);
        keys.Should().Equal("Zone", "a", "date", "title");
        map.Count.Should().Be(4);
    }

    [Fact]
    public void Lookups_find_every_key_and_only_those()
    {
        var map = Map(("b", 2), ("d", 4), ("f", 6));

        map["d"].Should().Be(4);
        map.TryGetValue("f", out var f).Should().BeTrue();
        f.Should().Be(6);
        foreach (var absent in new[] { "a", "c", "e", "g", "B", "" })
        {
            map.ContainsKey(absent).Should().BeFalse();
            map.TryGetValue(absent, out _).Should().BeFalse();
            map.Invoking(m => m[absent]).Should().Throw<KeyNotFoundException>().WithMessage($"*\"{absent}\"*");
        }
    }

    [Fact]
    public void A_key_given_twice_or_a_null_value_is_refused()
    {
        var twice = () => Map(("a", 1), ("b", 2), ("a", 3));
        var nullValue = () => PropertyMap.Create([KeyValuePair.Create("a", (object)null!)]);

        twice.Should().Throw<ArgumentException>().WithMessage("*\"a\"*");
        nullValue.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Changes_make_new_maps_and_leave_the_old_one_as_it_was()
    {
        var map = Map(("b", 2), ("d", 4));

        var set = map.SetItem("d", 40).SetItem("c", 3);
        var added = map.Add("a", 1);
        var removed = map.Remove("b");

        map.Should().Equal(new Dictionary<string, object> { ["b"] = 2, ["d"] = 4 });
        set.Keys.Should().Equal("b", "c", "d");
        set.Values.Should().Equal(2, 3, 40);
        added.Keys.Should().Equal("a", "b", "d");
        removed.Keys.Should().Equal("d");
        map.Remove("zz").Should().BeSameAs(map);
        map.Remove("b").Remove("d").Should().BeSameAs(PropertyMap.Empty);
        map.Invoking(m => m.Add("b", 5)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Merging_keeps_the_maps_own_values_and_adds_the_keys_it_lacks()
    {
        var map = Map(("b", 2), ("d", 4));

        var merged = map.WithMissingFrom(Map(("a", 10), ("d", 40), ("e", 50)));

        merged.Keys.Should().Equal("a", "b", "d", "e");
        merged.Values.Should().Equal(10, 2, 4, 50);
        PropertyMap.Empty.WithMissingFrom(map).Should().BeSameAs(map);
        map.WithMissingFrom(PropertyMap.Empty).Should().BeSameAs(map);
    }

    [Fact]
    public void The_empty_map_has_nothing()
    {
        PropertyMap.Empty.IsEmpty.Should().BeTrue();
        PropertyMap.Empty.Should().BeEmpty();
        PropertyMap.Create([]).Should().BeSameAs(PropertyMap.Empty);
        ((IReadOnlyDictionary<string, object>)PropertyMap.Empty).Keys.Should().BeEmpty();
    }

    [Fact]
    public void Random_maps_agree_with_a_sorted_dictionary()
    {
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var expected = new SortedDictionary<string, object>(StringComparer.Ordinal);
            var map = PropertyMap.Empty;
            for (int step = 0; step < 30; step++)
            {
                string key = ((char)('a' + random.Next(12))).ToString();
                switch (random.Next(3))
                {
                    case 0: map = map.SetItem(key, step); expected[key] = step; break;
                    case 1: map = map.Remove(key); expected.Remove(key); break;
                    default:
                        if (!expected.ContainsKey(key)) { map = map.Add(key, -step); expected[key] = -step; }
                        break;
                }
            }

            map.Should().Equal(expected);
            PropertyMap.Create(expected).Should().Equal(expected);
            ImmutableArray.CreateRange(map.Keys).Should().Equal(expected.Keys);
        }
    }

    [Fact]
    public void Its_keys_and_values_through_the_dictionary_interface_cannot_be_cast_back_to_arrays()
    {
        IReadOnlyDictionary<string, object> map = Map(("a", 1), ("b", 2));

        map.Keys.Should().NotBeAssignableTo<string[]>();
        map.Values.Should().NotBeAssignableTo<object[]>();
        map.Keys.Should().Equal("a", "b");
    }

    [Fact]
    public void Maps_read_from_a_json_export_share_their_keys()
    {
        const string json = """{"nodes":[{"id":"person:a","type":"Person","label":"A","role":"x","team":"y"},{"id":"person:b","type":"Person","label":"B","role":"z","team":"w"}],"edges":[]}""";

        var graph = Knowledge.Export.JsonGraphReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

        var (a, b) = (graph.Nodes.Single(n => n.Id == "person:a").Properties, graph.Nodes.Single(n => n.Id == "person:b").Properties);
        a.Should().Equal(new Dictionary<string, object> { ["role"] = "x", ["team"] = "y" });
        b.Should().Equal(new Dictionary<string, object> { ["role"] = "z", ["team"] = "w" });
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(b.Keys)
            .Should().BeSameAs(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(a.Keys));
    }
}
