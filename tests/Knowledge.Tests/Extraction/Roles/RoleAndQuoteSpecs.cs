using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Roles;

public class RoleRecognizerSpecs
{
    [Fact]
    public void An_appositive_title_with_its_organisation_is_a_role()
    {
        var doc = Analyse.Text("“We will not stop until every child is safe at home,” said Teodora Villanueva, Executive Director of the Coastal Relief Foundation.");
        var role = doc.Roles.Single();
        role.Title.Should().Be("Executive Director");
        role.Person.Name.Should().Be("Teodora Villanueva");
        role.Organization!.Name.Should().Be("Coastal Relief Foundation");
    }

    [Fact]
    public void A_title_before_the_name_is_a_role_but_a_courtesy_honorific_is_not()
    {
        var doc = Analyse.Text("Senator Clarissa Montemayor met Mr. Tobias Whitfield on Monday.");
        doc.Roles.Select(r => (r.Title, r.Person.Name)).Should().Equal(("Senator", "Clarissa Montemayor"));
    }
}

public class QuoteExtractorSpecs
{
    [Fact]
    public void Said_after_the_quote_attributes_it_to_the_name_that_follows()
    {
        var doc = Analyse.Text("“Our volunteers have reached every district in the province this year,” said Teodora Villanueva.");
        var q = doc.Quotes.Single();
        q.Kind.Should().Be(QuoteKind.Direct);
        q.Speaker!.Name.Should().Be("Teodora Villanueva");
        q.Date.Should().Be("2024-03-05");
        q.DateSource.Should().Be(QuoteDateSource.Published);
    }

    [Fact]
    public void A_speaker_introduced_with_a_colon_in_the_previous_paragraph_is_found()
    {
        var doc = Analyse.Text("Margaret Okafor, a lawyer for the families, said:\n\n“The court has finally listened to the children and their parents.”");
        doc.Quotes.Single().Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void A_pronoun_speaker_is_the_last_person_named()
    {
        var doc = Analyse.Text("Margaret Okafor visited the shelter in May.\n\n“The children here deserve far better protection than this,” she said.");
        doc.Quotes.Single().Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void An_interrupted_quote_in_one_paragraph_is_one_quote()
    {
        var doc = Analyse.Text("“We opened three new shelters this year,” said Teodora Villanueva. “Next year we will open five more in the north.”");
        var q = doc.Quotes.Single();
        q.Spans.Should().HaveCount(2);
        q.Speaker!.Name.Should().Be("Teodora Villanueva");
    }

    [Fact]
    public void Scare_quotes_and_short_phrases_are_not_quotes() =>
        Analyse.Text("The so-called “rescue” was staged, said Margaret Okafor.").Quotes.Where(q => q.Kind == QuoteKind.Direct).Should().BeEmpty();

    [Fact]
    public void A_pull_quote_printed_twice_is_one_quote_with_both_spans()
    {
        var body = "> “Every child deserves to grow up free from abuse and fear,” said Teodora Villanueva.\n\n“Every child deserves to grow up free from abuse and fear.”";
        var q = Analyse.Text(body).Quotes.Single();
        q.Spans.Should().HaveCount(2);
        q.Speaker!.Name.Should().Be("Teodora Villanueva");
    }

    [Fact]
    public void Reported_speech_with_a_named_speaker_is_an_indirect_quote()
    {
        var doc = Analyse.Text("Margaret Okafor said the new rules would protect thousands of children across the region.");
        var q = doc.Quotes.Single();
        q.Kind.Should().Be(QuoteKind.Indirect);
        q.Speaker!.Name.Should().Be("Margaret Okafor");
    }

    [Fact]
    public void A_quote_with_no_findable_speaker_keeps_none()
    {
        var doc = Analyse.Text("The banner read “Every child deserves to be safe at home and online” in large letters.");
        doc.Quotes.Single().Speaker.Should().BeNull();
    }
}
