using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>A speaker named by a role noun resolves to the nearest compatible person, never to the organisation it names.</summary>
public class RoleNominalSpecs
{
    private const string TwoPeople =
        "Harbor Minister Maria Delgado opened the new port office on Monday with the fisheries commissioner, Tomas Reyes.\n\n";

    private static List<QuoteMention> Quotes(string body) => Analyse.Text(body).Quotes.ToList();

    [Fact]
    public void The_role_noun_after_a_quote_picks_the_person_who_holds_that_role_not_the_last_person_named()
    {
        var q = Quotes(TwoPeople + "“This office marks a key step for every fishing family along the coast,” the minister said.").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
        q.AttributionRule.Should().Be(AttributionRuleIds.RoleNominal);
    }

    [Fact]
    public void A_role_noun_after_the_cue_resolves_the_same_way()
    {
        var q = Quotes(TwoPeople + "“The licences will be ready before the season opens in the spring,” said the commissioner.").Single();
        q.Speaker!.Name.Should().Be("Tomas Reyes");
    }

    [Fact]
    public void A_role_noun_with_an_organisation_picks_the_person_named_with_that_organisation()
    {
        const string body = "Harbor Trust adviser Maria Delgado met Clean Water Fund adviser Tomas Reyes at the port.\n\n"
            + "The Harbor Trust official also said that the trust will pay for two new boats this year.";
        var q = Quotes(body).Single(x => x.Kind == QuoteKind.Indirect);
        q.Speaker!.Name.Should().Be("Maria Delgado");
        q.Text.Should().StartWith("the trust will pay");
    }

    [Fact]
    public void According_to_an_official_of_an_organisation_credits_the_person_named_later_with_it()
    {
        const string body = "River pollution is falling across the region, according to an official of the Clean Water Fund.\n\n"
            + "Clean Water Fund director Tomas Reyes said that the cleanup would continue until every river was safe.";
        var q = Quotes(body).First(x => x.Kind == QuoteKind.Indirect);
        q.Text.Should().StartWith("River pollution is falling");
        q.Speaker!.Name.Should().Be("Tomas Reyes");
    }

    [Fact]
    public void The_chairman_of_a_committee_who_speaks_is_a_person_not_the_committee()
    {
        const string body = "Senator Tomas Reyes chairs the Harbor Safety Committee.\n\n"
            + "The Chairman of the Harbor Safety Committee flagged that storms had doubled the number of wrecked boats.";
        var q = Quotes(body).Single(x => x.Kind == QuoteKind.Indirect);
        q.Speaker!.Name.Should().Be("Tomas Reyes");
    }

    [Fact]
    public void An_official_of_an_organisation_matches_a_person_named_with_its_acronym()
    {
        const string body = "River pollution is falling across the region, according to an official of the Clean Water Fund (CWF).\n\n"
            + "CWF Country Representative Tomas Reyes said that the cleanup would continue until every river was safe.";
        var q = Quotes(body).First(x => x.Kind == QuoteKind.Indirect);
        q.Speaker!.Name.Should().Be("Tomas Reyes");
    }
}
