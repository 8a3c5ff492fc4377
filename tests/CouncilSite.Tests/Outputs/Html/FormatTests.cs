using CouncilSite.Outputs.Html;

namespace CouncilSite.Tests.Outputs.Html;

public class FormatTests
{
    [Theory]
    [InlineData(19, 30, "7:30pm")]
    [InlineData(19, 0, "7pm")]
    [InlineData(9, 5, "9:05am")]
    [InlineData(10, 0, "10am")]
    [InlineData(12, 0, "midday")]
    [InlineData(0, 0, "midnight")]
    [InlineData(12, 30, "12:30pm")]
    [InlineData(0, 30, "12:30am")]
    [InlineData(23, 59, "11:59pm")]
    public void Times_are_written_as_gov_uk_writes_them(int hour, int minute, string expected) =>
        Assert.Equal(expected, Format.Time(new TimeOnly(hour, minute)));

    [Fact]
    public void Dates_are_written_day_month_year_in_words()
    {
        Assert.Equal("5 January 2026", Format.Date(new DateOnly(2026, 1, 5)));
        Assert.Equal("Thursday 15 January 2026", Format.DayDate(new DateOnly(2026, 1, 15)));
        Assert.Equal("2026-01-05", Format.Iso(new DateOnly(2026, 1, 5)));
    }
}
