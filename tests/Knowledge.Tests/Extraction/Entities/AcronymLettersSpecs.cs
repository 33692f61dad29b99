using FluentAssertions;
using Knowledge.Extraction.Entities;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>An acronym fits a name when its letters are read, in order, from the name's capitals and word starts.</summary>
public class AcronymLettersSpecs
{
    [Theory]
    [InlineData("HP", "Harbor Police", true)]
    [InlineData("EPA", "Environmental protection Agency", true)]
    [InlineData("HP-FU", "Harbor Police/Fraud Unit", true)]
    [InlineData("CSA", "Coastal–Safety Alliance", true)]
    [InlineData("NRC", "Council for Research", false)]
    [InlineData("BBC", "Harbor Police", false)]
    [InlineData("PH", "Harbor Police", false)]
    public void The_letters_of_an_acronym_are_read_from_the_capitals_and_word_starts_in_order(string acronym, string name, bool fits) =>
        AcronymLinker.LettersFit(acronym, name).Should().Be(fits);
}
