using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Extraction.Events;
using Knowledge.Extraction.Quotes;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Knowledge.Text;
using Xunit;

namespace Knowledge.Tests.Pipeline;

/// <summary>The builder finds, inserts, replaces and removes components by type as well as by name.</summary>
public class KnowledgePipelineBuilderSpecs
{
    private sealed class Marker(string name) : IDocComponent
    {
        public string Name => name;
        public Doc Process(Doc doc) => doc;
    }

    private static IEnumerable<string> Names(KnowledgePipelineBuilder b) => b.Components.Select(c => c.Name);

    [Fact]
    public void The_defaults_run_in_the_data_s_order()
    {
        var b = new KnowledgePipelineBuilder().UseDefaults();
        b.Components[0].Should().BeOfType<Tokenizer>();
        b.Components[1].Should().BeOfType<SentenceSplitter>();
        b.Find<EntityRecognizer>().Should().NotBeNull();
        var names = Names(b).ToList();
        names.IndexOf(b.Find<QuoteExtractor>()!.Name).Should().BeGreaterThan(names.IndexOf(b.Find<EntityRecognizer>()!.Name));
    }

    [Fact]
    public void A_component_is_inserted_after_or_before_a_type()
    {
        var b = new KnowledgePipelineBuilder().UseDefaults()
            .InsertAfter<EntityRecognizer>(new Marker("after-entities"))
            .InsertBefore<EventExtractor>(new Marker("before-events"));
        var names = Names(b).ToList();
        names[names.IndexOf("entities") + 1].Should().Be("after-entities");
        names[names.IndexOf("events") - 1].Should().Be("before-events");
    }

    [Fact]
    public void A_component_is_replaced_or_removed_by_type()
    {
        var b = new KnowledgePipelineBuilder().UseDefaults().Replace<EventExtractor>(new Marker("my-events")).Remove<EntityRecognizer>();
        Names(b).Should().Contain("my-events").And.NotContain("events").And.NotContain("entities");
        b.Find<EventExtractor>().Should().BeNull();
    }

    [Fact]
    public void Asking_for_a_type_that_is_absent_names_it()
    {
        var act = () => new KnowledgePipelineBuilder().InsertAfter<EntityRecognizer>(new Marker("x"));
        act.Should().Throw<ArgumentException>().WithMessage("*EntityRecognizer*");
    }
}
