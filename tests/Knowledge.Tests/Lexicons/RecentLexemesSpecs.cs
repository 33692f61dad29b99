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
        recent.Remember("March", lexeme);

        recent.TryGet("March", out var found).Should().BeTrue();
        found.Should().Be(lexeme);
        recent.TryGet("march", out _).Should().BeFalse("the forms are compared ordinally");
        recent.TryGet("", out _).Should().BeFalse("an empty slot holds no form, not even the empty one");
    }

    [Fact]
    public void A_form_sharing_a_slot_takes_it_over_and_the_older_one_is_no_longer_found()
    {
        var recent = new RecentLexemes(Table, slots: 2);
        string older = "harbor";
        string newer = new[] { "council", "reef", "bill", "act", "senate", "river", "coast" }.First(w => recent.SlotOf(w) == recent.SlotOf(older));
        recent.Remember(older, new Lexeme(1, TokenLexicons.None));

        recent.TryGet(newer, out _).Should().BeFalse("the slot holds another form");
        recent.Remember(newer, new Lexeme(2, TokenLexicons.None));
        recent.TryGet(older, out _).Should().BeFalse();
        recent.TryGet(newer, out var found).Should().BeTrue();
        found.Id.Should().Be(2);
    }

    [Theory]
    [InlineData("a", "b")]
    [InlineData("abc", "abd")]
    [InlineData("abcd", "abcdabcd")]
    [InlineData("harbors", "harbours")]
    [InlineData("Commission", "Commissaon")]
    [InlineData("Commissioners", "Commissioner")]
    [InlineData("Commissioner", "Commossioner")]
    public void A_form_is_not_taken_for_another_that_shares_its_slot(string remembered, string asked)
    {
        var recent = new RecentLexemes(Table, slots: 2);
        recent.Remember(remembered, new Lexeme(3, TokenLexicons.None));

        recent.TryGet(asked, out _).Should().BeFalse();
        recent.TryGet(remembered, out var found).Should().BeTrue();
        found.Id.Should().Be(3);
    }

    [Fact]
    public void A_note_stays_beside_its_form_until_another_form_takes_the_slot()
    {
        var recent = new RecentLexemes(Table, slots: 2);
        string older = "harbor";
        string newer = new[] { "council", "reef", "bill", "act", "senate", "river", "coast" }.First(w => recent.SlotOf(w) == recent.SlotOf(older));
        recent.Remember(older, new Lexeme(1, TokenLexicons.None));
        int index = recent.IndexOf(older);
        recent.NoteAt(index) = 42;

        recent.IndexOf(newer).Should().Be(-1);
        recent.NoteAt(recent.IndexOf(older)).Should().Be(42);
        recent.Remember(newer, new Lexeme(2, TokenLexicons.None));
        recent.IndexOf(older).Should().Be(-1);
        recent.NoteAt(recent.IndexOf(newer)).Should().Be(0, "a form taking a slot starts without a note");
        recent.LexemeAt(recent.IndexOf(newer)).Id.Should().Be(2);
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
