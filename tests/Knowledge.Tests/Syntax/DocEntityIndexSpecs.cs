using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>The entity index answers as a scan of every mention would, at every offset of a document.</summary>
public class DocEntityIndexSpecs
{
    private static readonly Doc Sample = KnowledgePipeline.CreateDefault().Process(new SourceDocument("index-sample",
        "Dr. Helena Marchetti, director of the Northern Rivers Trust, said the Wetland Protection Act of 2019 had worked. " +
        "“We saw the herons return,” Marchetti said.\n\n" +
        "The Trust's annual report, released by the Northern Rivers Trust in May, counted 40 new nesting sites. " +
        "Councillor Idris Fairweather said he would ask the Regional Council to fund more wardens.",
        BodyFormat.Markdown, new DocumentOrigin("index-sample.md")));

    [Fact]
    public void The_sample_has_mentions_of_several_kinds() =>
        Sample.Entities.Select(e => e.Type).Distinct().Should().Contain([EntityType.Person, EntityType.Organization]);

    [Fact]
    public void The_first_mention_at_or_after_an_offset_is_the_one_a_scan_finds()
    {
        for (int offset = 0; offset <= Sample.Text.Length + 1; offset++)
        {
            int expected = Sample.Entities.Select((e, i) => (e, i)).FirstOrDefault(x => x.e.Start >= offset, (null!, Sample.Entities.Length)).Item2;
            Sample.EntityIndexAtOrAfter(offset).Should().Be(expected, "at offset {0}", offset);
        }
    }

    [Fact]
    public void The_mentions_within_a_range_are_those_a_scan_finds()
    {
        for (int start = 0; start < Sample.Text.Length; start += 7)
            for (int end = start; end <= Sample.Text.Length; end += 23)
                Sample.EntitiesWithin(start, end).Should().Equal(Sample.Entities.Where(e => e.Start >= start && e.End <= end), "in [{0}, {1})", start, end);
    }

    [Fact]
    public void The_last_mention_ending_by_an_offset_is_the_one_a_scan_finds()
    {
        for (int offset = 0; offset <= Sample.Text.Length; offset++)
        {
            Sample.LastEntityEndingBy(offset, e => e.Type == EntityType.Person)
                .Should().Be(Sample.Entities.LastOrDefault(e => e.Type == EntityType.Person && e.End <= offset), "at offset {0}", offset);
            Sample.LastEntityEndingBy(offset, _ => true)
                .Should().Be(Sample.Entities.LastOrDefault(e => e.End <= offset), "at offset {0}", offset);
        }
    }
}
