using FluentAssertions;
using Knowledge.Extraction.Dates;
using Knowledge.Lexicons;
using Xunit;

namespace Knowledge.Tests.Extraction.Dates;

/// <summary>
/// The date words are looked up by span, whatever their case, without copying or lower-casing the word into a
/// new string (issue 18, item 2): the answers are those of the lower-cased word.
/// </summary>
public class DateWordsSpecs
{
    private static readonly DateWords Words = new(LexiconSet.Default);

    [Theory]
    [InlineData("yesterday", nameof(DateWordRole.Day), "-1")]
    [InlineData("Yesterday", nameof(DateWordRole.Day), "-1")]
    [InlineData("YESTERDAY", nameof(DateWordRole.Day), "-1")]
    [InlineData("This", nameof(DateWordRole.Deictic), "0")]
    [InlineData("ago", nameof(DateWordRole.Ago), "")]
    [InlineData("river", nameof(DateWordRole.Day), null)]
    [InlineData("yesterday", nameof(DateWordRole.Ago), null)]
    [InlineData("", nameof(DateWordRole.Day), null)]
    [InlineData("-", nameof(DateWordRole.Range), "")]
    [InlineData("\u2013", nameof(DateWordRole.Range), "")]
    [InlineData("2022", nameof(DateWordRole.YearFollower), null)]
    [InlineData("Zebra", nameof(DateWordRole.YearFollower), null)]
    [InlineData("a-word-longer-than-any-date-word-of-the-table", nameof(DateWordRole.Day), null)]
    public void A_word_has_the_value_its_lower_cased_form_has_in_the_role(string word, string roleName, string? value)
    {
        var role = Enum.Parse<DateWordRole>(roleName);
        Words.Value(word, role).Should().Be(value);
        Words.Is(word, role).Should().Be(value is not null);
    }

    [Fact]
    public void One_lookup_answers_every_role_a_word_plays()
    {
        var last = Words.RolesOf("Last");
        last.Value(DateWordRole.Deictic).Should().Be("-1");
        last.Is(DateWordRole.TimeContext).Should().BeTrue();
        last.Is(DateWordRole.Day).Should().BeFalse();
        var a = Words.RolesOf("A");
        a.Is(DateWordRole.CountOne).Should().BeTrue();
        a.Is(DateWordRole.YearFollower).Should().BeTrue();
        a.Is(DateWordRole.Deictic).Should().BeFalse();
        var through = Words.RolesOf("THROUGH");
        through.Is(DateWordRole.TimeContext).Should().BeTrue();
        through.Is(DateWordRole.YearFollower).Should().BeTrue();
        through.Is(DateWordRole.Range).Should().BeTrue();
        through.Is(DateWordRole.YearRange).Should().BeFalse();
        foreach (var role in Enum.GetValues<DateWordRole>())
        {
            Words.RolesOf("river").Is(role).Should().BeFalse();
            default(DateWordRoles).Value(role).Should().BeNull();
        }
    }

    [Fact]
    public void A_word_inside_a_sentence_is_looked_up_by_span_without_allocating()
    {
        var sentence = "The council met Yesterday morning.".AsSpan();
        var word = sentence.Slice(16, 9);
        Words.Is(word, DateWordRole.Day).Should().BeTrue();
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool all = true;
        for (int i = 0; i < 100; i++) all &= Words.Is(word, DateWordRole.Day) && !Words.Is(word, DateWordRole.Ago);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        all.Should().BeTrue();
        allocated.Should().Be(0);
    }

    [Theory]
    [InlineData("today", true)]
    [InlineData("TODAY", true)]
    [InlineData("Last", true)]
    [InlineData("earlier", true)]
    [InlineData("two", true)]
    [InlineData("a", true)]
    [InlineData("Nov", true)]
    [InlineData("September", true)]
    [InlineData("Wednesday", true)]
    [InlineData("river", false)]
    [InlineData("council", false)]
    [InlineData("ago", false)]
    public void A_word_may_start_a_date_only_when_it_is_a_month_a_weekday_a_relative_or_a_count_word(string word, bool starts) =>
        Words.MayStart(word).Should().Be(starts);

    [Theory]
    [InlineData("tOmOrRoW", true)]
    [InlineData("tomorrox", false)]
    [InlineData("tomorro", false)]
    [InlineData("tomorrows", false)]
    [InlineData("Tomorrow\u00e9", false)]
    [InlineData("yesterdaY", true)]
    [InlineData("yesterdaz", false)]
    [InlineData("Yexterday", false)]
    [InlineData("An", true)]
    [InlineData("Am", false)]
    public void Only_a_starter_s_letters_and_length_in_any_case_start_a_date(string word, bool starts) =>
        Words.MayStart(word).Should().Be(starts);

    [Fact]
    public void Every_starter_in_any_mix_of_case_may_start_a_date()
    {
        var random = new Random(18);
        var starters = LexiconSet.Default.English.Months.Entries.Concat(LexiconSet.Default.English.NumberWords.Entries)
            .Concat(["today", "yesterday", "last", "earlier", "a", "an", "Wednesday"]);
        foreach (string starter in starters)
        {
            var mixed = starter.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray();
            Words.MayStart(new string(mixed)).Should().BeTrue(starter);
        }
    }

    [Theory]
    [InlineData("Monday", true)]
    [InlineData("MONDAY", true)]
    [InlineData("yesterday", true)]
    [InlineData("Two", true)]
    [InlineData("river", false)]
    [InlineData("Zebra", false)]
    [InlineData("-", false)]
    [InlineData("", false)]
    public void A_word_may_start_a_date_when_it_is_a_starter_in_any_case(string word, bool starts) =>
        Words.MayStart(word).Should().Be(starts);

    [Fact]
    public void Every_month_in_any_case_may_start_a_date()
    {
        foreach (string month in LexiconSet.Default.English.Months.Entries)
        {
            Words.MayStart(month.ToLowerInvariant()).Should().BeTrue(month);
            Words.MayStart(month.ToUpperInvariant()).Should().BeTrue(month);
        }
    }
}
