using CouncilSite.Sections.Meetings.Timing;

namespace CouncilSite.Tests.Sections.Meetings.Timing;

public class ClearDaysTests
{
    private static readonly ClearDays Rule = new([]);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    [Theory]
    [InlineData("2026-11-09", "2026-11-13", 3)] // Monday to Friday: Tuesday, Wednesday, Thursday
    [InlineData("2026-11-10", "2026-11-13", 2)] // Tuesday to Friday is one short
    [InlineData("2026-11-12", "2026-11-17", 3)] // Thursday to Tuesday: Friday, Saturday, Monday; Sunday does not count
    [InlineData("2026-11-13", "2026-11-17", 2)] // Friday to Tuesday: Saturday, Monday
    [InlineData("2026-11-13", "2026-11-13", 0)] // published on the day
    [InlineData("2026-11-14", "2026-11-13", 0)] // published after the meeting
    public void Leaves_out_the_day_of_publication_the_day_of_the_meeting_and_Sundays(string published, string meeting, int expected)
    {
        Assert.Equal(expected, Rule.Between(D(published), D(meeting)));
    }

    [Theory]
    [InlineData("2026-11-13", "2026-11-09")] // Friday: Monday, leaving Tuesday to Thursday
    [InlineData("2026-11-16", "2026-11-11")] // Monday: Wednesday, as Sunday does not count
    [InlineData("2026-04-07", "2026-03-31")] // Tuesday after Easter: Good Friday, Sunday and Easter Monday do not count
    [InlineData("2027-01-04", "2026-12-29")] // Monday after New Year: 1 January and Sunday 3 January do not count
    public void The_last_day_to_publish_leaves_exactly_three_clear_days(string meeting, string expected)
    {
        var last = Rule.LastDayToPublish(D(meeting));
        Assert.Equal(D(expected), last);
        Assert.Equal(ClearDays.Required, Rule.Between(last, D(meeting)));
        Assert.True(Rule.Between(last.AddDays(1), D(meeting)) < ClearDays.Required);
    }

    [Fact]
    public void Easter_weekend_leaves_only_the_Saturday()
    {
        // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
        Assert.Equal(1, Rule.Between(D("2026-04-02"), D("2026-04-07")));
    }

    [Fact]
    public void A_substitute_bank_holiday_does_not_count()
    {
        // 2022: Christmas Day a Sunday, so Boxing Day on Monday 26 and the substitute day Tuesday 27 December.
        Assert.Equal(2, Rule.Between(D("2022-12-23"), D("2022-12-29")));
    }

    [Fact]
    public void Days_the_clerk_adds_in_site_yml_do_not_count()
    {
        var rule = new ClearDays([D("2031-05-09")]);
        Assert.Equal(3, Rule.Between(D("2031-05-06"), D("2031-05-10")));
        Assert.Equal(2, rule.Between(D("2031-05-06"), D("2031-05-10")));
    }
}

public class BankHolidayTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    public static TheoryData<int, string[]> Published => new()
    {
        // As published by GOV.UK for England and Wales.
        { 2019, ["2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"] },
        { 2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"] },
        { 2021, ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"] },
        { 2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"] },
        { 2023, ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"] },
        { 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"] },
        { 2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"] },
    };

    [Theory]
    [MemberData(nameof(Published))]
    public void Match_the_published_list(int year, string[] expected)
    {
        Assert.Equal(expected.Select(D), BankHolidays.InYear(year));
    }

    [Theory]
    [InlineData(2018, "2018-04-01")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_Sunday_is_computed(int year, string easter)
    {
        Assert.Equal(D(easter), BankHolidays.EasterSunday(year));
    }

    [Fact]
    public void Every_known_year_has_its_eight_regular_holidays_on_weekdays()
    {
        for (var year = BankHolidays.FirstKnownYear; year <= BankHolidays.LastKnownYear; year++)
        {
            var days = BankHolidays.InYear(year);
            Assert.True(days.Count >= 8, $"{year} has {days.Count}");
            Assert.All(days, d => Assert.DoesNotContain(d.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
            Assert.Equal(days.Count, days.Distinct().Count());
        }
    }
}
