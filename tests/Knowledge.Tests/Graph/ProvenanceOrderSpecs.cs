using System.Collections.Immutable;
using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Graph;

public class ProvenanceOrderSpecs
{
    private static Provenance P(string doc, int start, int end, int? sourceStart = null) =>
        new(doc, start, end) { Source = sourceStart is { } s ? new SourceSpan(SourceField.Body, s, s + end - start) : null };

    [Fact]
    public void Merging_gives_what_concat_distinct_order_gives_for_any_lists()
    {
        var random = new Random(34);
        string[] docs = ["a", "a-copy1", "a-copy10", "a-copy2", "b"];
        for (int round = 0; round < 500; round++)
        {
            Provenance Next() => P(docs[random.Next(docs.Length)], random.Next(4), 4 + random.Next(2), random.Next(3) == 0 ? 1 : null);
            var first = Enumerable.Range(0, random.Next(6)).Select(_ => Next()).ToList();
            var second = Enumerable.Range(0, random.Next(6)).Select(_ => Next()).ToList();
            // Half the rounds in order already, as resolution gives them.
            if (round % 2 == 0)
            {
                first = [.. first.Distinct().Order()];
                second = [.. second.Distinct().Order().Where(p => first.Count == 0 || p.CompareTo(first[^1]) > 0)];
            }

            var merged = ProvenanceOrder.Merged([.. first], second.ToArray());

            merged.Should().Equal(first.Concat(second).Distinct().Order());
        }
    }

    [Fact]
    public void Lists_already_in_order_are_kept_as_they_are()
    {
        ImmutableArray<Provenance> first = [P("a", 0, 4), P("a", 5, 9), P("b", 0, 2)];
        Provenance[] ordered = [P("a", 0, 4), P("b", 1, 2)];

        ProvenanceOrder.Merged(first, []).Should().Equal(first);
        ProvenanceOrder.Merged(default, [P("a", 1, 2)]).Should().Equal(P("a", 1, 2));
        ProvenanceOrder.Merged(default, []).IsDefault.Should().BeFalse();
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(ProvenanceOrder.DistinctInOrder(ordered)).Should().BeSameAs(ordered);
    }

    [Fact]
    public void Equal_ranges_with_different_sources_are_both_kept_as_distinct_does()
    {
        Provenance[] items = [P("a", 0, 4, sourceStart: 10), P("a", 0, 4), P("a", 0, 4, sourceStart: 10)];

        ProvenanceOrder.DistinctInOrder(items).Should().Equal(items.Distinct().Order());
        ProvenanceOrder.DistinctInOrder(items).Should().HaveCount(2);
    }
}
