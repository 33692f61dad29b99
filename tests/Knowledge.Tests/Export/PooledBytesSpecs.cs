using System.Buffers;
using FluentAssertions;
using Knowledge.Export;
using Xunit;

namespace Knowledge.Tests.Export;

public class PooledBytesSpecs
{
    [Fact]
    public void A_buffer_with_room_is_kept()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16);
        var before = buffer;
        PooledBytes.Ensure(ref buffer, length: 4, more: 12);
        buffer.Should().BeSameAs(before);
    }

    [Fact]
    public void A_full_buffer_is_replaced_by_a_larger_one_holding_the_written_bytes()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16);
        buffer[0] = 1;
        buffer[1] = 2;
        buffer[2] = 3;
        PooledBytes.Ensure(ref buffer, length: 3, more: 20);
        buffer.Length.Should().BeGreaterThanOrEqualTo(23);
        buffer.AsSpan(0, 3).ToArray().Should().Equal(1, 2, 3);
    }

    [Fact]
    public void An_empty_array_grows_to_the_room_asked_for()
    {
        byte[] buffer = [];
        PooledBytes.Ensure(ref buffer, length: 0, more: 100);
        buffer.Length.Should().BeGreaterThanOrEqualTo(100);
    }
}
