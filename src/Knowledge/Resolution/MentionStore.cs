using System.Collections;

namespace Knowledge.Resolution;

/// <summary>
/// The mentions a resolver collects, in the order added, indexed from 0. Held in fixed blocks below the large-object
/// threshold: a list of 56-byte mentions doubled its array as the corpus grew, copying every mention again each time
/// (at 100x, 75,000 mentions cost 15 MB of arrays to hold 4 MB).
/// </summary>
internal sealed class MentionStore : IEnumerable<CollectedMention>
{
    private const int BlockBits = 10, BlockSize = 1 << BlockBits, BlockMask = BlockSize - 1;

    private readonly List<CollectedMention[]> _blocks = [];

    /// <summary>How many mentions were added.</summary>
    public int Count { get; private set; }

    /// <summary>The mention added <paramref name="index"/>-th.</summary>
    public ref readonly CollectedMention this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _blocks[index >> BlockBits][index & BlockMask];
        }
    }

    /// <summary>Adds a mention after the others.</summary>
    public void Add(in CollectedMention mention)
    {
        if ((Count & BlockMask) == 0) _blocks.Add(new CollectedMention[BlockSize]);
        _blocks[Count >> BlockBits][Count & BlockMask] = mention;
        Count++;
    }

    /// <summary>The mentions in the order added.</summary>
    public IEnumerator<CollectedMention> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _blocks[i >> BlockBits][i & BlockMask];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
