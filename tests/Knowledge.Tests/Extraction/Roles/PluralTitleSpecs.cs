using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Roles;

/// <summary>A plural title before a list of names ("Senators A and B") heads the list: each name holds it, none is written with it.</summary>
public class PluralTitleSpecs
{
    private const string Hearing = "Senators Wendell Obi and Marta Quell questioned the harbor auditor on Wednesday.";

    [Fact]
    public void A_plural_title_gives_its_role_to_each_name_of_the_list()
    {
        var doc = Analyse.Text(Hearing);
        doc.Roles.Select(r => (r.Person.Name, r.Title)).Should().BeEquivalentTo([("Wendell Obi", "Senator"), ("Marta Quell", "Senator")]);
        doc.Roles.Should().OnlyContain(r => doc.Slice(r.Start, r.End) == "Senators");
    }

    [Fact]
    public void A_plural_title_is_no_part_of_the_first_name_as_written()
    {
        var doc = Analyse.Text(Hearing);
        var first = doc.Entities.Single(e => e.Name == "Wendell Obi");
        doc.Slice(first.Start, first.End).Should().Be("Wendell Obi");
    }

    [Fact]
    public void A_plural_title_is_no_alias_of_the_first_person()
    {
        var graph = KnowledgePipeline.CreateDefault().Run(
            [new SourceDocument("hearing", Hearing, BodyFormat.Markdown, new DocumentOrigin("hearing.md"))]).Graph;
        graph.NodesOf(NodeType.Person).SelectMany(p => p.Aliases.Append(p.Label)).Should().NotContain(a => a.Contains("Senators"));
    }
}
