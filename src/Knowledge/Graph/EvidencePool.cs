using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Knowledge.Graph;

/// <summary>
/// The evidence of every edge a <see cref="KnowledgeGraphBuilder"/> drafts, in one store: each edge's pieces are a
/// chain through it (<see cref="Chain"/>). A list per edge cost an object and a doubling array per edge; the store
/// grows by fixed blocks, under the large-object threshold, so nothing is ever copied to grow it.
/// </summary>
internal sealed class EvidencePool
{
    private const int BlockBits = 10, BlockSize = 1 << BlockBits, BlockMask = BlockSize - 1;

    private struct Piece
    {
        public Provenance Value;
        public int Next;
    }

    private readonly List<Piece[]> _blocks = [];
    private int _count;
    // Arrays of evidence kept as they were given (see Share), in fixed blocks too.
    private readonly List<Provenance[][]> _sharedBlocks = [];
    private int _sharedCount;

    /// <summary>
    /// One edge's evidence: the first and last piece of its chain in the pool, and how many there are; or, when
    /// <see cref="Count"/> is -1, the array shared at <see cref="First"/> (see <see cref="Share"/>).
    /// </summary>
    public struct Chain
    {
        public int First, Last, Count;
    }

    /// <summary>
    /// Gives an empty chain the pieces of <paramref name="evidence"/> by keeping the array itself rather than a copy
    /// of each piece (a quote's spans are its node's mentions and the evidence of its IN and SAID edges: one array
    /// serves all three). The caller must not change the array. A chain that already has evidence takes the pieces
    /// one by one.
    /// </summary>
    public void Share(ref Chain chain, Provenance[] evidence)
    {
        if (chain.Count != 0)
        {
            foreach (var p in evidence) Add(ref chain, p);
            return;
        }
        int index = _sharedCount++;
        if ((index & BlockMask) == 0) _sharedBlocks.Add(new Provenance[BlockSize][]);
        _sharedBlocks[index >> BlockBits][index & BlockMask] = evidence;
        chain.First = index;
        chain.Count = -1;
    }

    /// <summary>Appends a piece to the end of a chain.</summary>
    public void Add(ref Chain chain, Provenance evidence)
    {
        if (chain.Count == -1)
        {
            // A shared array and more: its pieces are copied into the pool, ahead of the new one.
            var shared = SharedAt(chain.First);
            chain = default;
            foreach (var p in shared) Add(ref chain, p);
        }
        int index = _count++;
        if ((index & BlockMask) == 0) _blocks.Add(new Piece[BlockSize]);
        ref var piece = ref At(index);
        piece.Value = evidence;
        piece.Next = -1;
        if (chain.Count == 0) chain.First = index;
        else At(chain.Last).Next = index;
        chain.Last = index;
        chain.Count++;
    }

    private ref Piece At(int index) => ref _blocks[index >> BlockBits][index & BlockMask];

    private Provenance[] SharedAt(int index) => _sharedBlocks[index >> BlockBits][index & BlockMask];

    /// <summary>A chain's evidence ordered, each piece once.</summary>
    public ImmutableArray<Provenance> Evidence(in Chain chain)
    {
        if (chain.Count == -1) return Evidence(SharedAt(chain.First));
        if (chain.Count == 0) return [];
        if (chain.Count == 1) return [At(chain.First).Value];
        var sorted = new Provenance[chain.Count];
        for (int i = 0, at = chain.First; i < sorted.Length; i++)
        {
            ref var piece = ref At(at);
            sorted[i] = piece.Value;
            at = piece.Next;
        }
        return Ordered(sorted);
    }

    // A shared array's evidence: the array itself when it is already ordered and distinct, else an ordered copy.
    private static ImmutableArray<Provenance> Evidence(Provenance[] shared)
    {
        if (shared.Length == 0) return [];
        if (shared.Length == 1) return ImmutableCollectionsMarshal.AsImmutableArray(shared);
        for (int i = 1; i < shared.Length; i++)
            if (shared[i - 1].CompareTo(shared[i]) >= 0) return Ordered((Provenance[])shared.Clone());
        return ImmutableCollectionsMarshal.AsImmutableArray(shared);
    }

    // The pieces, an array of the pool's own, ordered and each once.
    private static ImmutableArray<Provenance> Ordered(Provenance[] sorted)
    {
        // Evidence mostly comes in document and text order: strictly increasing, it is already sorted and distinct.
        bool ordered = true;
        for (int i = 1; i < sorted.Length && ordered; i++) ordered = sorted[i - 1].CompareTo(sorted[i]) < 0;
        if (ordered) return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
        Array.Sort(sorted);
        int kept = 1;
        for (int i = 1; i < sorted.Length; i++)
            if (sorted[i] != sorted[kept - 1]) sorted[kept++] = sorted[i];
        return kept == sorted.Length ? ImmutableCollectionsMarshal.AsImmutableArray(sorted) : ImmutableArray.Create(sorted, 0, kept);
    }
}
