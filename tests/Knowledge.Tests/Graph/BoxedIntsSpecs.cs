using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

/// <summary>Integers as property values, small ones sharing one box per value.</summary>
public class BoxedIntsSpecs
{
    [Fact]
    public void A_small_value_is_the_same_box_each_time()
    {
        var first = BoxedInts.Of(417);
        BoxedInts.Of(417).Should().BeSameAs(first);
        first.Should().Be(417);
        BoxedInts.Of(0).Should().Be(0);
    }

    [Fact]
    public void Large_and_negative_values_are_boxed_with_their_value()
    {
        BoxedInts.Of(1_000_000).Should().Be(1_000_000);
        BoxedInts.Of(-3).Should().Be(-3);
        BoxedInts.Of(8192).Should().Be(8192);
        BoxedInts.Of(8191).Should().BeSameAs(BoxedInts.Of(8191));
    }
}
