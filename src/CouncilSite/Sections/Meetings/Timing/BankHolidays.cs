namespace CouncilSite.Sections.Meetings.Timing;

/// <summary>
/// Bank holidays of England and Wales, worked out from the rules of the Banking and Financial
/// Dealings Act 1971 and the royal proclamations that moved or added days. The one-off changes
/// are known for <see cref="FirstKnownYear"/> to <see cref="LastKnownYear"/>; for later years the
/// regular rules still give the usual days, and a clerk adds any new one-off day in site.yml.
/// </summary>
public static class BankHolidays
{
    public const int FirstKnownYear = 2018;
    public const int LastKnownYear = 2030;

    /// <summary>Days moved by proclamation from their usual date (VE Day 2020; the Platinum Jubilee 2022).</summary>
    private static readonly Dictionary<DateOnly, DateOnly> Moved = new()
    {
        [new DateOnly(2020, 5, 4)] = new DateOnly(2020, 5, 8),
        [new DateOnly(2022, 5, 30)] = new DateOnly(2022, 6, 2),
    };

    /// <summary>Extra days by proclamation: the Platinum Jubilee, the Queen's state funeral and the coronation.</summary>
    private static readonly DateOnly[] Added =
    [
        new(2022, 6, 3),
        new(2022, 9, 19),
        new(2023, 5, 8),
    ];

    /// <summary>Every bank holiday of England and Wales in <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<DateOnly> InYear(int year)
    {
        var easter = EasterSunday(year);
        var days = new List<DateOnly>
        {
            NotOnWeekend(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        };
        days.AddRange(Christmas(year));
        days.AddRange(Added.Where(d => d.Year == year));
        return days.Select(d => Moved.GetValueOrDefault(d, d)).Order().ToList();
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>A holiday falling on a Saturday or Sunday is taken on the following Monday.</summary>
    private static DateOnly NotOnWeekend(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    /// <summary>Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend.</summary>
    private static IEnumerable<DateOnly> Christmas(int year)
    {
        var christmas = NotOnWeekend(new DateOnly(year, 12, 25));
        var boxing = new DateOnly(year, 12, 26);
        while (boxing.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || boxing == christmas)
        {
            boxing = boxing.AddDays(1);
        }

        return [christmas, boxing];
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        return day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(((int)day.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
