using FluentAssertions;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Syntax;

/// <summary>A date's ISO key answers what its ISO string would, without writing the string (issue 18).</summary>
public class IsoDateKeySpecs
{
    private static DateMention Date(int year, int month, int day, DatePrecision precision) => new(0, 4, new DateOnly(year, month, day), precision, false);

    public static TheoryData<DateMention, DateMention> Pairs() => new()
    {
        { Date(2017, 1, 1, DatePrecision.Year), Date(2017, 11, 10, DatePrecision.Day) },
        { Date(2017, 11, 1, DatePrecision.Month), Date(2017, 11, 10, DatePrecision.Day) },
        { Date(2017, 10, 1, DatePrecision.Month), Date(2017, 11, 10, DatePrecision.Day) },
        { Date(2016, 1, 1, DatePrecision.Year), Date(2017, 1, 1, DatePrecision.Year) },
        { Date(2017, 11, 10, DatePrecision.Day), Date(2017, 11, 10, DatePrecision.Day) },
        { Date(2017, 11, 10, DatePrecision.Day), Date(2017, 11, 11, DatePrecision.Day) },
        { Date(2017, 3, 5, DatePrecision.Month), Date(2017, 3, 1, DatePrecision.Month) },
        { Date(2017, 1, 1, DatePrecision.Year), Date(2017, 1, 1, DatePrecision.Month) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_dates_are_the_same_when_their_iso_forms_are(DateMention a, DateMention b) =>
        IsoDateKey.Same(a, b).Should().Be(a.Iso == b.Iso);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_dates_nest_when_one_iso_form_starts_the_other(DateMention a, DateMention b) =>
        IsoDateKey.Nested(a, b).Should().Be(a.Iso.StartsWith(b.Iso, StringComparison.Ordinal) || b.Iso.StartsWith(a.Iso, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Keys_order_as_the_iso_forms_do(DateMention a, DateMention b) =>
        Math.Sign(IsoDateKey.Of(a).CompareTo(IsoDateKey.Of(b))).Should().Be(Math.Sign(string.CompareOrdinal(a.Iso, b.Iso)));

    [Fact]
    public void A_refined_date_nests_in_its_year_but_not_in_another_month()
    {
        IsoDateKey.Nested(Date(2017, 1, 1, DatePrecision.Year), Date(2017, 11, 10, DatePrecision.Day)).Should().BeTrue();
        IsoDateKey.Nested(Date(2017, 10, 1, DatePrecision.Month), Date(2017, 11, 10, DatePrecision.Day)).Should().BeFalse();
    }
}
