using System.Collections.Immutable;
using System.Text;
using FluentAssertions;

namespace Knowledge.Tests.Store;

/// <summary>Asserts two sets of export files are byte-identical, naming the first file and position that differ.</summary>
internal static class ExportComparison
{
    public static void ShouldBeIdenticalTo(this ImmutableSortedDictionary<string, byte[]> actual, ImmutableSortedDictionary<string, byte[]> expected, string because)
    {
        actual.Keys.Should().Equal(expected.Keys, because);
        foreach (var (name, bytes) in expected)
        {
            var other = actual[name];
            if (other.AsSpan().SequenceEqual(bytes)) continue;
            int at = other.AsSpan().CommonPrefixLength(bytes);
            string Around(byte[] b) => Encoding.UTF8.GetString(b, Math.Max(0, at - 80), Math.Min(b.Length, at + 80) - Math.Max(0, at - 80));
            throw new Xunit.Sdk.XunitException($"{name} differs at byte {at} ({because})\n--- expected\n{Around(bytes)}\n--- actual\n{Around(other)}");
        }
    }
}
