namespace CouncilSite.Sections.Meetings;

/// <summary>
/// When a meeting starts and ends as an instant, for calendars and structured data. meeting.yml
/// gives only a start time, local to the council's time zone; meetings are taken to last
/// <see cref="AssumedLength"/>, a typical evening meeting of a parish council.
/// </summary>
public static class MeetingTimes
{
    public static readonly TimeSpan AssumedLength = TimeSpan.FromHours(2);

    /// <summary>The start with its offset from UTC on that day (+01:00 in British Summer Time), or null when no time is given.</summary>
    public static DateTimeOffset? Start(Meeting meeting, TimeZoneInfo zone)
    {
        if (meeting.Time is not { } time)
        {
            return null;
        }

        var local = meeting.Date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The assumed end, with its own offset (a meeting may run past the change of the clocks).</summary>
    public static DateTimeOffset? End(Meeting meeting, TimeZoneInfo zone) =>
        Start(meeting, zone) is { } start ? TimeZoneInfo.ConvertTime(start + AssumedLength, zone) : null;
}
