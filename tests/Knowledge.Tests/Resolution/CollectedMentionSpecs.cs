using System.Runtime.CompilerServices;
using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Resolution;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Resolution;

public class CollectedMentionSpecs
{
    private static readonly EntityMention Mention = new(EntityType.Person, 4, 15, "Mira Solano", "spec");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(41_000)]
    public void A_mention_without_a_source_span_keeps_its_document_and_has_no_span(int doc)
    {
        var x = new CollectedMention(doc, Mention, ["person:mira-solano"], "Mira Solano", null);

        x.Doc.Should().Be(doc);
        x.Source.Should().BeNull();
        x.M.Should().BeSameAs(Mention);
        x.Written.Should().Be("Mira Solano");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void A_mention_with_a_source_span_keeps_both(int doc)
    {
        var span = new SourceSpan(SourceField.Title, 4, 15) { Line = 2, Column = 5 };

        var x = new CollectedMention(doc, Mention, ["person:mira-solano"], "Mira Solano", span);

        x.Doc.Should().Be(doc);
        x.Source.Should().Be(span);
    }

    [Fact]
    public void A_negative_document_index_is_refused() =>
        FluentActions.Invoking(() => new CollectedMention(-1, Mention, [], "", null)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void It_takes_48_bytes_so_a_corpus_of_mentions_is_held_in_less() =>
        Unsafe.SizeOf<CollectedMention>().Should().Be(48);
}
