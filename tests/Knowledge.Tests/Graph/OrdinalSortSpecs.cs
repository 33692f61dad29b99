using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

/// <summary>Numbers sorted by the ordinal order of the strings they name, four characters at a time.</summary>
public class OrdinalSortSpecs
{
    private static string[] Sorted(params string[] strings)
    {
        var numbers = Enumerable.Range(0, strings.Length).Reverse().ToArray();
        OrdinalSort.Sort(numbers, strings, new ulong[strings.Length + 3]);
        return [.. numbers.Select(n => strings[n])];
    }

    [Fact]
    public void Strings_sharing_long_prefixes_come_out_in_ordinal_order()
    {
        string[] ids = ["person:ana-reyes", "person:ana-reyes-jr", "person:ana", "organization:harbor-trust", "person:Ana-reyes",
            "person:ana-reyer", "law:key:ra-1", "person:", "person", "p", "", "person:ana-reyes-ii", "person:\u00e9lise", "person:zed"];
        Sorted(ids).Should().Equal(ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_string_that_is_a_prefix_of_another_comes_first_and_nul_characters_are_ordered_too()
    {
        Sorted("abcd1", "abcd", "abc", "ab\0", "ab", "ab\0\0\0x", "ab\0\0\0").Should().Equal("ab", "ab\0", "ab\0\0\0", "ab\0\0\0x", "abc", "abcd", "abcd1");
    }

    [Fact]
    public void Equal_strings_are_kept_and_many_strings_sort_as_a_comparison_sort_does()
    {
        var random = new Random(18);
        var strings = Enumerable.Range(0, 2000).Select(_ => "node:" + new string('a', random.Next(8)) + random.Next(50)).ToArray();
        Sorted(strings).Should().Equal(strings.Order(StringComparer.Ordinal));
    }
}
