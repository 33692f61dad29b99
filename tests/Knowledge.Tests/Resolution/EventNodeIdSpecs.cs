using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Xunit;

namespace Knowledge.Tests.Resolution;

public class EventNodeIdSpecs
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    private static GraphNode SingleEvent(string id, string text)
    {
        var graph = KnowledgePipeline.CreateDefault().Run([new SourceDocument(id, text, BodyFormat.Markdown, new DocumentOrigin(id + ".md")) { Published = Published }]).Graph;
        return graph.NodesOf(NodeType.Event).Should().ContainSingle().Subject;
    }

    [Fact]
    public void An_event_dated_to_the_day_is_named_by_its_type_date_and_named_participants()
    {
        var ev = SingleEvent("rivers", "On April 3, 2023, Senator Ada Whitcombe introduced the Clean Rivers Act.");

        ev.Id.Should().Be("event:legislativeaction:2023-04-03:ada-whitcombe");
    }

    [Fact]
    public void Participants_names_are_cut_to_eighty_characters()
    {
        var ev = SingleEvent("long", "On April 3, 2023, Senator Adalberta Maximiliana Whitcombe-Featherstonehaugh-Cholmondeley-Marjoribanks-Fotheringham introduced the Clean Rivers Act.");

        var participants = ev.Id["event:legislativeaction:2023-04-03:".Length..];
        participants.Should().Be("adalberta-maximiliana-whitcombe-featherstonehaugh-cholmondeley-marjoribanks-foth");
    }

    [Fact]
    public void An_event_not_dated_to_the_day_holds_its_document_and_its_summary_or_main_participant()
    {
        var ev = SingleEvent("Rivers @ Noon", "In 2023, the Clean Rivers Act was introduced.");

        ev.Id.Should().StartWith("event:legislativeaction:2023:Rivers_20_40_20Noon:");
        var slug = ev.Id.Split(':')[^1];
        slug.Should().MatchRegex("^[a-z0-9]+(-[a-z0-9]+)*$");
        slug.Length.Should().BeLessThanOrEqualTo(40);
    }
}
