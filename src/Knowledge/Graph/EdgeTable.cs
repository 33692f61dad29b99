using System.Collections.Immutable;
using System.Numerics;

namespace Knowledge.Graph;

/// <summary>
/// The edges a <see cref="KnowledgeGraphBuilder"/> drafts, one per (source, type, target), with their properties and
/// evidence chain, in the order first added. The key and the draft are one entry, held in fixed blocks below the
/// large-object threshold, and chained from a table of bucket heads: a dictionary from key to index beside a list of
/// drafts cost two arrays doubled as the graph grew (13.5 MB of them at 100×, for 4 MB of drafts).
/// </summary>
internal sealed class EdgeTable
{
    private const int BlockBits = 10, BlockSize = 1 << BlockBits, BlockMask = BlockSize - 1;

    /// <summary>One edge: its ends' numbers, its type, its properties and its evidence chain in the builder's pool.</summary>
    public struct Entry
    {
        public int Source, Target;
        public EdgeType Type;
        // The next entry in the same bucket, plus one (0: none).
        internal int Next;
        public PropertyMap Props;
        public EvidencePool.Chain Evidence;
    }

    private readonly List<Entry[]> _blocks = [];
    // Each bucket's first entry, plus one (0: empty); as many buckets as entries at most, a power of two.
    private int[] _buckets = new int[64];

    /// <summary>How many edges there are.</summary>
    public int Count { get; private set; }

    /// <summary>The edge added <paramref name="index"/>-th.</summary>
    public ref Entry this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _blocks[index >> BlockBits][index & BlockMask];
        }
    }

    /// <summary>The edge with these ends and type; a new one, without properties or evidence, when there is none yet.</summary>
    public ref Entry GetOrAdd(int source, EdgeType type, int target)
    {
        uint hash = Hash(source, type, target);
        for (int next = _buckets[hash & (uint)(_buckets.Length - 1)]; next != 0;)
        {
            ref var e = ref _blocks[(next - 1) >> BlockBits][(next - 1) & BlockMask];
            if (e.Source == source && e.Target == target && e.Type == type) return ref e;
            next = e.Next;
        }
        if (Count == _buckets.Length) Grow();
        int index = Count++;
        if ((index & BlockMask) == 0) _blocks.Add(new Entry[BlockSize]);
        ref var entry = ref _blocks[index >> BlockBits][index & BlockMask];
        ref int head = ref _buckets[hash & (uint)(_buckets.Length - 1)];
        entry.Source = source;
        entry.Target = target;
        entry.Type = type;
        entry.Props = PropertyMap.Empty;
        entry.Next = head;
        head = index + 1;
        return ref entry;
    }

    /// <summary>
    /// Makes room for about <paramref name="count"/> edges at once: the bucket table is made that size (a power of two)
    /// rather than doubled to it, each doubling rehashing every edge and leaving the old table behind.
    /// </summary>
    public void Reserve(int count)
    {
        if (count > _buckets.Length) Rehash((int)Math.Min(BitOperations.RoundUpToPowerOf2((uint)count), 1u << 30));
    }

    private void Grow() => Rehash(_buckets.Length * 2);

    private void Rehash(int size)
    {
        var buckets = new int[size];
        for (int i = 0; i < Count; i++)
        {
            ref var e = ref _blocks[i >> BlockBits][i & BlockMask];
            ref int head = ref buckets[Hash(e.Source, e.Type, e.Target) & (uint)(buckets.Length - 1)];
            e.Next = head;
            head = i + 1;
        }
        _buckets = buckets;
    }

    private static uint Hash(int source, EdgeType type, int target)
    {
        uint h = (uint)source * 0x9E3779B1u ^ ((uint)target * 0x85EBCA77u + (uint)type);
        return h ^ (h >> 15);
    }
}
