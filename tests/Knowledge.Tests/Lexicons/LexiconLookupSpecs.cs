using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>
/// A lexicon answers by its entries alone, whatever characters they and the word asked open with: the first-character
/// test that spares most lookups never turns away a word the lexicon holds.
/// </summary>
public class LexiconLookupSpecs
{
    private static readonly Lexicon Words = new("spec-words", ["harbour", "Quay", "9th", "(note)", "Zeta"]);
    private static readonly Lexicon Exact = new("spec-exact", ["Quay", "harbour"], caseSensitive: true);
    private static readonly Lexicon Accented = new("spec-accented", ["Ölvir", "harbour"]);

    [Theory]
    [InlineData("harbour", true)]
    [InlineData("HARBOUR", true)]
    [InlineData("quay", true)]
    [InlineData("9TH", true)]
    [InlineData("(Note)", true)]
    [InlineData("zeta", true)]
    [InlineData("river", false)]
    [InlineData("Harbours", false)]
    [InlineData("", false)]
    [InlineData("Émile", false)]
    public void A_lexicon_that_ignores_case_holds_its_entries_in_any_case(string word, bool held)
    {
        Words.Contains(word).Should().Be(held);
        Words.Contains(word.AsSpan()).Should().Be(held);
    }

    [Theory]
    [InlineData("Quay", true)]
    [InlineData("quay", false)]
    [InlineData("harbour", true)]
    [InlineData("Harbour", false)]
    public void A_case_sensitive_lexicon_holds_its_entries_as_written(string word, bool held)
    {
        Exact.Contains(word).Should().Be(held);
        Exact.Contains(word.AsSpan()).Should().Be(held);
    }

    [Theory]
    [InlineData("ölvir", true)]
    [InlineData("ÖLVIR", true)]
    [InlineData("Harbour", true)]
    [InlineData("Olvir", false)]
    public void Entries_that_open_with_other_characters_are_found_in_any_case(string word, bool held)
    {
        Accented.Contains(word).Should().Be(held);
        Accented.Contains(word.AsSpan()).Should().Be(held);
    }

    [Fact]
    public void Every_entry_of_the_default_lexicons_is_held_in_any_case()
    {
        foreach (var lexicon in new[] { LexiconSet.Default.Titles.PersonTitles, LexiconSet.Default.Names.GivenNames, LexiconSet.Default.Works.DocumentNouns })
            foreach (string entry in lexicon.Entries)
            {
                lexicon.Contains(entry.ToUpperInvariant().AsSpan()).Should().BeTrue(entry);
                lexicon.Contains(entry.ToLowerInvariant()).Should().BeTrue(entry);
            }
    }
}
