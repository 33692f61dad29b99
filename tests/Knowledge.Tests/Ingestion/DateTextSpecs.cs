using FluentAssertions;
using Knowledge.Ingestion;
using Xunit;

namespace Knowledge.Tests.Ingestion;

/// <summary>A record's date field: an ISO date or date-time (its date part), quoted or not, or a written date.</summary>
public class DateTextSpecs
{
    [Theory]
    [InlineData("2024-05-06", 2024, 5, 6)]
    [InlineData("2024-5-6", 2024, 5, 6)]
    [InlineData("2024-11-9", 2024, 11, 9)]
    [InlineData("2024-1-30", 2024, 1, 30)]
    [InlineData(" \"2024-02-29\" ", 2024, 2, 29)]
    [InlineData("2024-01-03T10:00:00+08:00", 2024, 1, 3)]
    [InlineData("2024-12-31 23:59:59.5Z", 2024, 12, 31)]
    [InlineData("2024-7-04T09:30-0500", 2024, 7, 4)]
    [InlineData("March 4, 2024", 2024, 3, 4)]
    public void Reads_the_date(string text, int year, int month, int day)
    {
        DateText.TryParse(text, out var date).Should().BeTrue();
        date.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-05-00")]
    [InlineData("2024-05-123")]
    [InlineData("0000-01-01")]
    [InlineData("")]
    [InlineData("soon")]
    public void Refuses_what_is_not_a_real_date(string text) => DateText.TryParse(text, out _).Should().BeFalse();
}
