using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Xunit;

namespace Knowledge.Tests.Resolution;

public class MentionEdgesSpecs
{
    [Fact]
    public void A_document_mentions_each_entity_once_with_every_mention_in_text_order_as_evidence()
    {
        const string text = "Senator Ada Whitcombe met Mayor Bram Oduya in Riverton. Later Ada Whitcombe thanked the Harbor Trust, and Ada Whitcombe left.";
        var graph = KnowledgePipeline.CreateDefault().Run([new SourceDocument("visit", text, BodyFormat.Markdown, new DocumentOrigin("visit.md"))]).Graph;

        var mentions = graph.Edges.Where(e => e.Type == EdgeType.MENTIONS).ToList();
        mentions.Should().OnlyContain(e => e.Source.Id == "document:visit");
        mentions.Select(e => e.Target.Id).Should().OnlyHaveUniqueItems();
        var ada = mentions.Should().ContainSingle(e => e.Target.Id == "person:ada-whitcombe").Subject;
        ada.Evidence.Select(p => text[p.Start..p.End]).Should().Equal("Senator Ada Whitcombe", "Ada Whitcombe", "Ada Whitcombe");
        ada.Evidence.Select(p => p.Start).Should().BeInAscendingOrder();
        ada.Evidence.Should().Equal(graph.FindById("person:ada-whitcombe")!.Mentions);
    }

    [Fact]
    public void Each_document_mentions_an_entity_with_its_own_mentions_only()
    {
        const string first = "Ada Whitcombe spoke in Riverton. Ada Whitcombe left early.";
        const string second = "Bram Oduya wrote to Ada Whitcombe.";
        var graph = KnowledgePipeline.CreateDefault().Run([
            new SourceDocument("first", first, BodyFormat.Markdown, new DocumentOrigin("first.md")),
            new SourceDocument("second", second, BodyFormat.Markdown, new DocumentOrigin("second.md"))]).Graph;

        var ada = graph.Edges.Where(e => e.Type == EdgeType.MENTIONS && e.Target.Id == "person:ada-whitcombe").ToList();
        ada.Select(e => e.Source.Id).Should().BeEquivalentTo("document:first", "document:second");
        ada.Single(e => e.Source.Id == "document:first").Evidence.Should().HaveCount(2).And.OnlyContain(p => p.DocId == "first");
        ada.Single(e => e.Source.Id == "document:second").Evidence.Should().ContainSingle().Which.DocId.Should().Be("second");
    }
}

