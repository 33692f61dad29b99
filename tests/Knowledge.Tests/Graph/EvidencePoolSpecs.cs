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
}
