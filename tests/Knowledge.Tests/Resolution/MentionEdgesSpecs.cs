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
}
