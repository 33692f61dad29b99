using FluentAssertions;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Lexicons;

/// <summary>A thread's cache of lexemes answers only for the form its slot holds, and the table answers the same through it.</summary>
public class RecentLexemesSpecs
{
    private static readonly LexemeTable Table = LexiconSet.Default.Lexemes;

    [Fact]
    public void A_remembered_form_is_found_in_its_slot()
    {
        var recent = new RecentLexemes(Table);
        var lexeme = new Lexeme(7, TokenLexicons.Month);
        int slot = recent.SlotOf("March");
        recent.Remember(slot, "March", lexeme);

        recent.TryGet(recent.SlotOf("March".AsSpan()), "March", out var found).Should().BeTrue();
        found.Should().Be(lexeme);
        recent.TryGet(recent.SlotOf("march"), "march", out _).Should().BeFalse("the forms are compared ordinally");
    }

    [Fact]
    public void A_form_sharing_a_slot_takes_it_over_and_the_older_one_is_no_longer_found()
    {
        var recent = new RecentLexemes(Table, slots: 2);
        string older = "harbor";
        string newer = new[] { "council", "reef", "bill", "act", "senate", "river", "coast" }.First(w => recent.SlotOf(w) == recent.SlotOf(older));
        int slot = recent.SlotOf(older);
        recent.Remember(slot, older, new Lexeme(1, TokenLexicons.None));

        recent.TryGet(slot, newer, out _).Should().BeFalse("the slot holds another form");
        recent.Remember(slot, newer, new Lexeme(2, TokenLexicons.None));
        recent.TryGet(slot, older, out _).Should().BeFalse();
        recent.TryGet(slot, newer, out var found).Should().BeTrue();
        found.Id.Should().Be(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(12)]
    public void The_slots_are_a_power_of_two(int slots) =>
        FluentActions.Invoking(() => new RecentLexemes(Table, slots)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void The_table_answers_the_same_lexeme_the_second_time_as_the_first()
    {
        string text = "Director of the Harbor Council";
        var first = text.Split(' ').Select(w => Table.Find(w)).ToList();
        var again = text.Split(' ').Select(w => Table.Find(w.AsSpan())).ToList();

        again.Should().Equal(first);
        first.Should().OnlyContain(l => l.Id > 0);
        first[0].Lexicons.Should().HaveFlag(TokenLexicons.PersonTitle);
    }
}
