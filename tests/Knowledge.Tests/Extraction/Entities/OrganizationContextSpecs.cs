using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Graph;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>Single-word organisations known from their context: a kind-of-body noun before them, an agent phrase.</summary>
public class OrganizationContextSpecs
{
    private static List<string> Orgs(string text) => EntityNames.Organizations(text);

    [Theory]
    [InlineData("Funding was awarded to fuel distributor Zentrabo to build a depot.")]
    [InlineData("The local news service Zentrabo launched a new section.")]
    [InlineData("The insurer Zentrabo paid the claim.")]
    [InlineData("The figures were first reported by ZNTB on Monday.")]
    public void A_name_after_a_kind_of_body_or_an_agent_phrase_is_an_organisation(string text) =>
        Orgs(text).Should().Contain(n => n == "Zentrabo" || n == "ZNTB");

    [Fact]
    public void A_kind_noun_without_a_name_after_it_makes_no_organisation() =>
        Orgs("The distributor said the service would resume.").Should().BeEmpty();
}
