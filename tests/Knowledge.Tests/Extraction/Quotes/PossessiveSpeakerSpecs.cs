using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Quotes;

/// <summary>
/// The head of a possessive speaker phrase speaks: "according to the Harbor Trust's Office of Records" credits the
/// office, not the trust that owns it; a person possessed by an organisation ("the Harbor Trust's Ana Cruz") speaks too.
/// </summary>
public class PossessiveSpeakerSpecs
{
    private static List<QuoteMention> Indirect(string body) =>
        Analyse.Text(body).Quotes.Where(q => q.Kind == QuoteKind.Indirect).ToList();

    [Theory]
    [InlineData("According to the Ministry of Fisheries's Office of Records, there were 4,210 boats registered in the bay last year.")]
    [InlineData("According to the Ministry of Fisheries’s Office of Records, there were 4,210 boats registered in the bay last year.")]
    [InlineData("There were 4,210 boats registered in the bay last year, according to the Ministry of Fisheries's Office of Records.")]
    public void According_to_an_owner_s_unit_credits_the_unit(string sentence)
    {
        var q = Indirect(sentence).Single();
        q.Speaker!.Name.Should().Be("Office of Records");
        q.Text.Should().StartWithEquivalentOf("there were 4,210 boats").And.NotContain("according");
    }

    [Fact]
    public void The_unit_is_linked_as_part_of_its_owner()
    {
        var doc = Analyse.Text("According to the Ministry of Fisheries's Office of Records, there were 4,210 boats registered in the bay last year.");
        doc.Relations.Select(r => $"{r.Type}: {r.Source.Name} -> {r.Target.Name}")
            .Should().Contain("PartOf: Office of Records -> Ministry of Fisheries");
    }

    [Fact]
    public void Said_before_an_owner_s_unit_credits_the_unit()
    {
        var q = Indirect("Boat registrations in the bay rose by a third last year, said the Ministry of Fisheries's Office of Records.").Single();
        q.Speaker!.Name.Should().Be("Office of Records");
    }

    [Fact]
    public void A_person_possessed_by_an_organisation_is_the_speaker()
    {
        var q = Indirect("Boat registrations in the bay rose by a third last year, said the Harbor Trust's Maria Delgado.").Single();
        q.Speaker!.Name.Should().Be("Maria Delgado");
    }

    [Fact]
    public void An_owner_with_no_named_unit_after_it_still_speaks()
    {
        var q = Indirect("According to the Ministry of Fisheries, there were 4,210 boats registered in the bay last year.").Single();
        q.Speaker!.Name.Should().Be("Ministry of Fisheries");
    }

    [Fact]
    public void An_owner_of_a_common_noun_is_the_speaker()
    {
        var q = Indirect("According to the Ministry of Fisheries's records, there were 4,210 boats registered in the bay last year.").Single();
        q.Speaker!.Name.Should().Be("Ministry of Fisheries");
    }
}
