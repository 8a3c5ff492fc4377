namespace CouncilSite.Sections.Meetings.Timing;

/// <summary>
/// Counts "clear days" as the Local Government Act 1972 does for a summons: the day it is
/// published and the day of the meeting are not counted, and neither are Sundays and bank
/// holidays. An agenda published on a Monday for a meeting on Friday has three clear days.
/// </summary>
/// <param name="extraHolidays">Days the clerk adds in site.yml (<c>bank_holidays:</c>), such as a new one-off holiday.</param>
public sealed class ClearDays(IEnumerable<DateOnly> extraHolidays)
{
    /// <summary>The notice the law requires before a meeting of a parish, town or community council.</summary>
    public const int Required = 3;

    private readonly HashSet<DateOnly> _extra = [.. extraHolidays];
    private readonly Dictionary<int, HashSet<DateOnly>> _byYear = [];

    /// <summary>Clear days from <paramref name="published"/> to <paramref name="meeting"/>; none when published on or after the day.</summary>
    public int Between(DateOnly published, DateOnly meeting)
    {
        var count = 0;
        for (var day = published.AddDays(1); day < meeting; day = day.AddDays(1))
        {
            if (Counts(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The last day an agenda may be published for a meeting on <paramref name="meeting"/>: the
    /// latest day from which <see cref="Between"/> still counts <see cref="Required"/> clear days.
    /// </summary>
    public DateOnly LastDayToPublish(DateOnly meeting)
    {
        var day = meeting.AddDays(-1);
        while (Between(day, meeting) < Required)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>False for Sundays and bank holidays, which never count towards the notice.</summary>
    public bool Counts(DateOnly day)
    {
        if (!_byYear.TryGetValue(day.Year, out var holidays))
        {
            holidays = [.. BankHolidays.InYear(day.Year)];
            _byYear[day.Year] = holidays;
        }

        return day.DayOfWeek != DayOfWeek.Sunday && !_extra.Contains(day) && !holidays.Contains(day);
    }

    /// <summary>
    /// The day a meeting's agenda is due, for telling residents when to look for it: null once that
    /// day has passed, when a date behind us would mislead and the agenda is simply not yet published.
    /// </summary>
    public DateOnly? AgendaDue(DateOnly meeting, DateOnly today) =>
        LastDayToPublish(meeting) is var due && due >= today ? due : null;
}
