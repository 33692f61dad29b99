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

    /// <summary>One edge's evidence: the first and last piece of its chain in the pool, and how many there are.</summary>
    public struct Chain
    {
        public int First, Last, Count;
    }

    /// <summary>Appends a piece to the end of a chain.</summary>
    public void Add(ref Chain chain, Provenance evidence)
    {
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

    /// <summary>A chain's evidence ordered, each piece once.</summary>
    public ImmutableArray<Provenance> Evidence(in Chain chain)
    {
        if (chain.Count == 0) return [];
        if (chain.Count == 1) return [At(chain.First).Value];
        var sorted = new Provenance[chain.Count];
        for (int i = 0, at = chain.First; i < sorted.Length; i++)
        {
            ref var piece = ref At(at);
            sorted[i] = piece.Value;
            at = piece.Next;
        }
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
