using FluentAssertions;
using Knowledge.Extraction.Entities;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

public sealed class NamePartsSpecs
{
    [Fact]
    public void The_default_is_no_split_and_nothing_is_a_split_into_no_parts()
    {
        default(NameParts).IsSplit.Should().BeFalse();
        NameParts.NoSplit.Count.Should().Be(0);
        NameParts.Nothing.IsSplit.Should().BeTrue();
        NameParts.Nothing.Count.Should().Be(0);
    }

    [Fact]
    public void Parts_are_read_back_in_the_order_given()
    {
        var one = NameParts.Of(new NameChunk(3, 5));
        one.IsSplit.Should().BeTrue();
        one.Count.Should().Be(1);
        one[0].Should().Be(new NameChunk(3, 5));

        var two = NameParts.Of(new NameChunk(0, 2), new NameChunk(3, 6));
        two.Count.Should().Be(2);
        two[0].Should().Be(new NameChunk(0, 2));
        two[1].Should().Be(new NameChunk(3, 6));
        two.Invoking(p => p[2]).Should().Throw<ArgumentOutOfRangeException>();
        one.Invoking(p => p[1]).Should().Throw<ArgumentOutOfRangeException>();
    }
}
