using FluentAssertions;
using Knowledge.Graph;
using Xunit;

namespace Knowledge.Tests.Graph;

public class EvidencePoolSpecs
{
    [Fact]
    public void Each_chain_keeps_its_own_evidence_ordered_and_once_each()
    {
        var pool = new EvidencePool();
        var first = new EvidencePool.Chain();
        var second = new EvidencePool.Chain();
        pool.Add(ref first, new Provenance("b", 5, 9));
        pool.Add(ref second, new Provenance("a", 1, 2));
        pool.Add(ref first, new Provenance("a", 0, 3));
        pool.Add(ref first, new Provenance("b", 5, 9));

        pool.Evidence(first).Should().Equal(new Provenance("a", 0, 3), new Provenance("b", 5, 9));
        pool.Evidence(second).Should().Equal(new Provenance("a", 1, 2));
        pool.Evidence(new EvidencePool.Chain()).Should().BeEmpty();
    }

    [Fact]
    public void Chains_longer_than_a_block_are_read_whole_in_order()
    {
        var pool = new EvidencePool();
        var chain = new EvidencePool.Chain();
        var other = new EvidencePool.Chain();
        for (int i = 0; i < 3000; i++)
        {
            pool.Add(ref chain, new Provenance("doc", i, i + 1));
            pool.Add(ref other, new Provenance("other", i, i + 1));
        }

        var evidence = pool.Evidence(chain);
        evidence.Should().HaveCount(3000);
        evidence.Select(p => p.Start).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        evidence.Should().OnlyContain(p => p.DocId == "doc");
    }

    [Fact]
    public void A_shared_array_is_the_evidence_itself_when_ordered_and_a_sorted_copy_otherwise()
    {
        var pool = new EvidencePool();
        Provenance[] ordered = [new("a", 0, 3), new("a", 5, 9)];
        Provenance[] unordered = [new("b", 5, 9), new("a", 0, 3), new("b", 5, 9)];
        var first = new EvidencePool.Chain();
        var second = new EvidencePool.Chain();
        pool.Share(ref first, ordered);
        pool.Share(ref second, unordered);

        var evidence = pool.Evidence(first);
        evidence.Should().Equal(ordered);
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(evidence).Should().BeSameAs(ordered);
        pool.Evidence(second).Should().Equal(new Provenance("a", 0, 3), new Provenance("b", 5, 9));
        unordered.Should().Equal(new Provenance("b", 5, 9), new Provenance("a", 0, 3), new Provenance("b", 5, 9));
    }

    [Fact]
    public void Evidence_added_to_a_shared_array_joins_its_pieces_without_changing_it()
    {
        var pool = new EvidencePool();
        Provenance[] shared = [new("b", 1, 2), new("c", 0, 1)];
        var chain = new EvidencePool.Chain();
        pool.Share(ref chain, shared);
        pool.Add(ref chain, new Provenance("a", 4, 5));
        pool.Share(ref chain, [new("c", 0, 1), new("d", 0, 1)]);

        pool.Evidence(chain).Should().Equal(new Provenance("a", 4, 5), new Provenance("b", 1, 2), new Provenance("c", 0, 1), new Provenance("d", 0, 1));
        shared.Should().Equal(new Provenance("b", 1, 2), new Provenance("c", 0, 1));
    }
}
