using System.Globalization;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>The exports' integer writer writes exactly the invariant digits long.TryFormat writes, and nothing after them.</summary>
public class Utf8DigitsSpecs
{
    private static IEnumerable<long> Values()
    {
        for (long v = 0; v <= 100_000; v++) yield return v;
        for (long p = 10; ; p *= 10)
        {
            yield return p - 1;
            yield return p;
            yield return p + 1;
            yield return -p;
            if (p > long.MaxValue / 10) break;
        }
        yield return uint.MaxValue;
        yield return (long)uint.MaxValue + 1;
        yield return int.MaxValue;
        yield return long.MaxValue;
        yield return long.MinValue;
        yield return -1;
        var random = new Random(20);
        for (int i = 0; i < 20_000; i++) yield return random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(64);
    }

    [Fact]
    public void Every_value_is_written_as_the_invariant_formatter_writes_it()
    {
        var buffer = new byte[3 + Utf8Digits.MaxLength + 8];
        var expected = new byte[Utf8Digits.MaxLength];
        var wrong = new List<string>();
        foreach (long value in Values())
        {
            Array.Fill(buffer, (byte)0xEE);
            int end = Utf8Digits.Write(buffer, 3, value);
            value.TryFormat(expected, out int n, default, CultureInfo.InvariantCulture);
            // Compared without an assertion per value (120,000 of them): the wrong ones are listed.
            bool right = buffer.AsSpan(3, end - 3).SequenceEqual(expected.AsSpan(0, n))
                && !buffer.AsSpan(..3).ContainsAnyExcept((byte)0xEE) && !buffer.AsSpan(end).ContainsAnyExcept((byte)0xEE);
            if (!right) wrong.Add($"{value}: \"{System.Text.Encoding.ASCII.GetString(buffer)}\"");
        }
        wrong.Should().BeEmpty();
    }
}
