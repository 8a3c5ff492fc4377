using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Meetings;

/// <summary>Meetings of one year, for the index and committee pages.</summary>
public sealed record YearGroup(int Year, string Address, IReadOnlyList<MeetingView> Meetings);

/// <summary>The way every list of meetings is ordered: what is coming first, then the past by year, newest first.</summary>
public static class MeetingGroups
{
    public static IReadOnlyList<MeetingView> Upcoming(IEnumerable<MeetingView> meetings, DateOnly today) =>
        meetings.Where(m => string.CompareOrdinal(m.DateIso, Format.Iso(today)) >= 0).ToList();

    /// <param name="committeeId">Given for a committee's page, whose years link to the committee's year pages.</param>
    public static IReadOnlyList<YearGroup> PastByYear(IEnumerable<MeetingView> meetings, DateOnly today, string? committeeId = null) =>
        meetings
            .Where(m => string.CompareOrdinal(m.DateIso, Format.Iso(today)) < 0)
            .GroupBy(m => m.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearGroup(g.Key, committeeId is null ? MeetingRoutes.Year(g.Key) : MeetingRoutes.CommitteeYear(committeeId, g.Key), g.Reverse().ToList()))
            .ToList();
}
