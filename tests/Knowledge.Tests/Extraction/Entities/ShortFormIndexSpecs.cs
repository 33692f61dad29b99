using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>Full names found by the short forms that stand for them: surnames resolve to the nearest earlier full name, first names only when one person has them.</summary>
public class ShortFormIndexSpecs
{
    private static EntityMention Person(string name, int start) => new(EntityType.Person, start, start + name.Length, name, "test");

    [Fact]
    public void A_surname_resolves_to_the_latest_full_name_before_it_else_to_the_first()
    {
        var early = Person("Lena Varga", 0);
        var late = Person("Tomas Varga", 100);
        var index = new ShortFormIndex();
        index.AddSurnameForm("Varga", early);
        index.AddSurnameForm("Varga", late);
        index.AddSurnameForm("Varga", late);

        index.Resolve("Varga", 50).Should().BeSameAs(early);
        index.Resolve("Varga", 200).Should().BeSameAs(late);
        index.Resolve("Varga", 0).Should().BeSameAs(early);
    }

    [Fact]
    public void A_first_name_shared_by_two_persons_resolves_to_nobody()
    {
        var index = new ShortFormIndex();
        index.AddGivenName("Lena", Person("Lena Varga", 0));
        index.AddGivenName("Lena", Person("Lena Varga", 40));
        index.AddGivenName("Tomas", Person("Tomas Ruiz", 60));
        index.AddGivenName("Tomas", Person("Tomas Varga", 80));

        index.Resolve("Lena", 90)!.Name.Should().Be("Lena Varga");
        index.Resolve("Tomas", 90).Should().BeNull();
        index.Holds("Tomas").Should().BeTrue("an ambiguous first name is still a key, so the lookup that follows decides");
        index.Holds("Ruiz").Should().BeFalse();
    }

    [Fact]
    public void A_compound_surname_is_a_form_of_another_name_only_when_a_longer_name_has_it()
    {
        var index = new ShortFormIndex();
        index.AddSurnameForm("Cortez Masto", Person("Catherine Cortez Masto", 0));
        index.AddSurnameForm("Reyes Ortega", Person("Reyes Ortega", 50));

        index.SurnameFormOfAnother("Cortez Masto").Should().BeTrue();
        index.SurnameFormOfAnother("Reyes Ortega").Should().BeFalse();
        index.IsEmpty.Should().BeFalse();
        new ShortFormIndex().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_cleared_index_forgets_the_earlier_document_and_reuses_no_stale_list()
    {
        var index = new ShortFormIndex();
        index.AddSurnameForm("Varga", Person("Lena Varga", 0));
        index.AddGivenName("Lena", Person("Lena Varga", 0));

        index.Clear();

        index.IsEmpty.Should().BeTrue();
        index.Holds("Varga").Should().BeFalse();
        index.Resolve("Lena", 10).Should().BeNull();
        var next = Person("Ines Okoro", 5);
        index.AddSurnameForm("Okoro", next);
        index.Resolve("Okoro", 50).Should().BeSameAs(next, "the list taken from the earlier document holds only the new name");
        index.SurnameFormOfAnother("Okoro").Should().BeTrue();
    }

    [Fact]
    public void Holds_answers_only_the_forms_added_even_for_words_that_share_their_length_and_end_characters()
    {
        var index = new ShortFormIndex();
        index.AddSurnameForm("Varga", Person("Lena Varga", 0));
        index.AddGivenName("Lena", Person("Lena Varga", 0));

        index.Holds("Varga").Should().BeTrue();
        index.Holds("Lena").Should().BeTrue();
        index.Holds("Vanga").Should().BeFalse("the same length and end characters do not make it a form");
        index.Holds("Luna").Should().BeFalse();
        index.Holds("Okoro").Should().BeFalse();
        index.Holds("varga").Should().BeFalse("forms are compared ordinally");
    }
}
