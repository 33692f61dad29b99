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

    private static readonly string[] Words = ["harbor", "council", "reef", "bill", "act", "senate", "river", "coast", "trust"];

    /// <summary>Three words that go in the same slot of a cache of two slots (of nine words, five at least share one).</summary>
    private static string[] SameSlot(RecentLexemes recent) =>
        [.. Words.GroupBy(w => recent.SlotOf(w)).OrderByDescending(g => g.Count()).First().Take(3)];

    [Fact]
    public void Two_forms_of_one_slot_are_both_kept_and_a_third_forgets_the_oldest()
    {
        var recent = new RecentLexemes(Table, slots: 2);
        var words = SameSlot(recent);
        string oldest = words[0], older = words[1], newest = words[2];
        recent.Remember(oldest, new Lexeme(1, TokenLexicons.None));
        recent.Remember(older, new Lexeme(2, TokenLexicons.None));

        recent.TryGet(oldest, out var found).Should().BeTrue("the pair's other slot took it");
        found.Id.Should().Be(1);
        recent.TryGet(newest, out _).Should().BeFalse();

        recent.Remember(newest, new Lexeme(3, TokenLexicons.None));
        recent.TryGet(oldest, out _).Should().BeFalse();
        recent.TryGet(older, out found).Should().BeTrue();
        found.Id.Should().Be(2);
        recent.TryGet(newest, out found).Should().BeTrue();
        found.Id.Should().Be(3);
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
    public void A_note_stays_beside_its_form_until_the_form_is_forgotten()
    {
        var recent = new RecentLexemes(Table, slots: 2);
        var words = SameSlot(recent);
        string oldest = words[0], older = words[1], newest = words[2];
        recent.Remember(oldest, new Lexeme(1, TokenLexicons.None));
        recent.NoteAt(recent.IndexOf(oldest)) = 42;

        recent.IndexOf(older).Should().Be(-1);
        recent.Remember(older, new Lexeme(2, TokenLexicons.None));
        recent.NoteAt(recent.IndexOf(oldest)).Should().Be(42, "the note moved with its form to the pair's other slot");
        recent.NoteAt(recent.IndexOf(older)).Should().Be(0, "a form taking a slot starts without a note");
        recent.LexemeAt(recent.IndexOf(older)).Id.Should().Be(2);

        recent.Remember(newest, new Lexeme(3, TokenLexicons.None));
        recent.IndexOf(oldest).Should().Be(-1);
    }

    [Fact]
    public void One_character_forms_keep_their_own_slots_and_push_out_no_word()
    {
        var recent = new RecentLexemes(Table, slots: 2);
        var words = SameSlot(recent);
        recent.Remember(words[0], new Lexeme(1, TokenLexicons.None));
        recent.Remember(words[1], new Lexeme(2, TokenLexicons.None));
        foreach (string mark in new[] { ",", ".", "a", "(" }) recent.Remember(mark, new Lexeme(mark[0], TokenLexicons.ListSeparator));

        recent.TryGet(words[0], out _).Should().BeTrue();
        recent.TryGet(words[1], out _).Should().BeTrue();
        recent.TryGet(",", out var comma).Should().BeTrue();
        comma.Id.Should().Be(',');
        recent.TryGet(";", out _).Should().BeFalse();
        recent.Remember("é", new Lexeme(9, TokenLexicons.None));
        recent.TryGet("é", out var accented).Should().BeTrue("a non-ASCII character goes by its hash");
        accented.Id.Should().Be(9);
        words.Take(2).Count(w => recent.TryGet(w, out _)).Should().Be(1, "it took one of the two slots the words held");
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

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData("é")]
    [InlineData("of")]
    [InlineData("the")]
    [InlineData("reef")]
    [InlineData("harbor")]
    [InlineData("Reconciliation")]
    public void Remember_returns_the_slot_the_form_is_then_found_in(string form)
    {
        var recent = new RecentLexemes(Table);
        foreach (string other in Words) recent.Remember(other, new Lexeme(1, TokenLexicons.None));

        int slot = recent.Remember(form, new Lexeme(5, TokenLexicons.Month));

        recent.IndexOf(form).Should().Be(slot);
        recent.LexemeAt(slot).Should().Be(new Lexeme(5, TokenLexicons.Month));
    }

    [Fact]
    public void Forms_of_one_to_four_characters_differ_in_any_character()
    {
        var recent = new RecentLexemes(Table);
        string[] forms = ["a", "b", "ab", "ba", "abc", "abd", "xbc", "abcd", "abce"];
        foreach (string form in forms) recent.Remember(form, new Lexeme(form.Length, TokenLexicons.None));

        foreach (string form in forms) recent.IndexOf(form).Should().BeGreaterThanOrEqualTo(0, form);
        foreach (string absent in new[] { "c", "ac", "abx", "xbcd" }) recent.IndexOf(absent).Should().Be(-1, absent);
    }

    [Fact]
    public void A_form_the_cache_missed_is_found_in_the_table_and_its_slot_given()
    {
        var recent = Table.Recent;
        string form = "Tidewater" + Guid.NewGuid().ToString("N")[..6];
        recent.IndexOf(form).Should().Be(-1);

        var lexeme = Table.FindMissed(form, recent, out int slot);

        lexeme.Should().Be(Table.Find(form));
        slot.Should().Be(recent.IndexOf(form));
        slot.Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void A_threads_cache_starts_small_and_grows_to_its_full_size_as_it_fills()
    {
        var table = new LexemeTable(LexiconSet.Default);
        var sizes = new List<int>();
        for (int i = 0; i < 20_000; i++)
        {
            if (sizes.Count == 0 || sizes[^1] != table.Recent.Slots) sizes.Add(table.Recent.Slots);
            table.Find("Form" + i);
        }
        sizes.Should().Equal(RecentLexemes.FirstSlots, RecentLexemes.FirstSlots * 4, RecentLexemes.DefaultSlots);
        table.Find("Form7").Should().Be(table.Find("Form7"));
        table.Recent.TryGet("Form7", out _).Should().BeTrue();
    }
}
