using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

/// <summary>The exports' short copy writes exactly the source's bytes, whatever their number, and nothing after them.</summary>
public class ShortBytesSpecs
{
    [Fact]
    public void Every_length_is_copied_whole_and_the_bytes_after_it_are_left_alone()
    {
        var random = new Random(16);
        for (int n = 0; n <= 40; n++)
        {
            var source = new byte[n];
            random.NextBytes(source);
            var destination = Enumerable.Repeat((byte)0xEE, n + 24).ToArray();
            ShortBytes.Copy(source, destination.AsSpan(3));
            destination[..3].Should().OnlyContain(b => b == 0xEE, "nothing is written before the room ({0} bytes)", n);
            destination[3..(3 + n)].Should().Equal(source, "{0} bytes are copied", n);
            destination[(3 + n)..].Should().OnlyContain(b => b == 0xEE, "nothing is written after the copy ({0} bytes)", n);
        }
    }
}
