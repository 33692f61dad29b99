using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>The lexicon set reads every file of models/ once, and a user can swap one file for their own.</summary>
public class LexiconSetSpecs
{
    [Fact]
    public void Every_embedded_list_is_read_and_no_other()
    {
        var read = new List<string>();
        LexiconSet.Load(name => { read.Add(name); return LexiconSet.ReadEmbedded(name); });
        read.Should().OnlyHaveUniqueItems();
        read.Order(StringComparer.Ordinal).Should().Equal(LexiconSet.EmbeddedNames, "a file of models/ that no rule reads is dead data");
    }

    [Fact]
    public void A_list_can_be_replaced_by_its_name()
    {
        var set = LexiconSet.Load(name => name == "titles/courtesy-titles" ? "Maestro\n" : LexiconSet.ReadEmbedded(name));
        set.Titles.CourtesyTitles.Contains("maestro").Should().BeTrue();
        set.Titles.CourtesyTitles.Contains("Mr").Should().BeFalse();
    }

    [Fact]
    public void An_unknown_list_name_is_a_clear_error() =>
        FluentActions.Invoking(() => LexiconSet.ReadEmbedded("english/no-such-list"))
            .Should().Throw<KeyNotFoundException>().WithMessage("*english/no-such-list*");
}
