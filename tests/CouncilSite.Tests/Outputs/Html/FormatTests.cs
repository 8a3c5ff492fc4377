using CouncilSite.Outputs.Html;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Outputs.Html;

public class FormatTests
{
    private static readonly Format English = TestFormat.English;

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
        Assert.Equal(expected, English.Time(new TimeOnly(hour, minute)));

    [Fact]
    public void Dates_are_written_day_month_year_in_words()
    {
        Assert.Equal("5 January 2026", English.Date(new DateOnly(2026, 1, 5)));
        Assert.Equal("Thursday 15 January 2026", English.DayDate(new DateOnly(2026, 1, 15)));
        Assert.Equal("2026-01-05", Format.Iso(new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void Counts_and_amounts_are_grouped_in_thousands_and_amounts_are_in_pounds()
    {
        Assert.Equal("12,500", English.Count(12_500));
        Assert.Equal("£1,234.50", English.Money(1234.5m));
        Assert.Equal("-£12.00", English.Money(-12m));
        Assert.Equal("£1,235", English.Money(1234.5m, 0));
        Assert.Equal("1234.500", English.Number(1234.5m, 3, grouped: false));
    }

    [Fact]
    public void Another_language_writes_dates_in_its_own_words_and_times_with_its_strings()
    {
        var welsh = TestFormat.For("cy", ("time.am", "yb"), ("time.pm", "yh"), ("time.midday", "canol dydd"), ("time.midnight", "canol nos"));
        Assert.Equal("Dydd Iau 15 Ionawr 2026", welsh.DayDate(new DateOnly(2026, 1, 15)));
        Assert.Equal("7:30yh", welsh.Time(new TimeOnly(19, 30)));
        Assert.Equal("canol dydd", welsh.Time(new TimeOnly(12, 0)));
        Assert.Equal("2026-01-15", Format.Iso(new DateOnly(2026, 1, 15)));
    }
}
