using FluentAssertions;
using Knowledge.Lexicons;
using Knowledge.Resolution;
using Xunit;

namespace Knowledge.Tests.Resolution;

public class PersonNamesSpecs
{
    private static readonly EntityKeys Keys = new(LexiconSet.Default);

    [Theory]
    [InlineData("Ana Reyes Jr.", "Ana Reyes")]
    [InlineData("Ana Reyes Jr., III", "Ana Reyes")]
    [InlineData("Ana  Reyes   Jr.", "Ana Reyes")]
    [InlineData("Ana Reyes", "Ana Reyes")]
    [InlineData("Reyes Jr.", "Reyes Jr.")]
    [InlineData("Ana Maria Reyes", "Ana Maria Reyes")]
    public void A_generational_suffix_is_cut_from_a_name_of_more_than_two_words(string name, string withoutSuffix) =>
        PersonSuffixVariants.WithoutSuffix(name, Keys.NameSuffixes).Should().Be(withoutSuffix);

    [Fact]
    public void A_name_is_read_into_given_name_middle_names_surname_and_suffix()
    {
        var forms = new PersonNames(Keys).Of("Ana María de la Reyes Jr.");

        forms.Slug.Should().Be("ana-maria-de-la-reyes-jr");
        forms.BaseSlug.Should().Be("ana-maria-de-la-reyes");
        forms.Parts.Should().Be(new PersonName("person:ana-maria-de-la-reyes-jr", "ana", "maria-de-la", "reyes", "jr"));
    }

    [Fact]
    public void Two_words_have_no_middle_name_and_one_word_has_no_parts()
    {
        var people = new PersonNames(Keys);

        people.Of("Tomás Ardent").Parts.Should().Be(new PersonName("person:tomas-ardent", "tomas", "_", "ardent", null));
        people.Of("Ardent").Parts.Should().BeNull();
    }

    [Theory]
    [InlineData("Tomás   Ardent", "Tomás Ardent")]
    [InlineData("Ana  María de la   Reyes Jr.", "Ana María de la Reyes Jr.")]
    [InlineData("Ana María  Reyes  Jr.,  III", "Ana María Reyes Jr., III")]
    public void Extra_spaces_between_words_read_as_single_spaces(string spaced, string single)
    {
        var people = new PersonNames(Keys);

        people.Of(spaced).Parts.Should().Be(people.Of(single).Parts);
    }
}
