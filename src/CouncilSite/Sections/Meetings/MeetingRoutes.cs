namespace CouncilSite.Sections.Meetings;

/// <summary>Every address of the meetings section and of the committees, built here and nowhere else.</summary>
public static class MeetingRoutes
{
    public const string Index = "/meetings/";
    public const string Committees = "/committees/";
    public const string Feed = "/meetings/feed.xml";
    public const string Calendar = "/meetings/calendar.ics";

    public static string Year(int year) => $"/meetings/{year}/";

    /// <param name="id">The meeting's folder name, such as <c>2025-01-08-full-council</c>.</param>
    public static string Meeting(string id) => $"/meetings/{id}/";

    public static string Agenda(Meeting meeting) => meeting.Address + "agenda/";

    public static string Minutes(Meeting meeting) => meeting.Address + "minutes/";

    /// <summary>A decision's place in the minutes, marked by its anchor.</summary>
    public static string Decision(Meeting meeting, string anchor) => $"{Minutes(meeting)}#{anchor}";

    public static string Committee(string id) => $"/committees/{id}/";

    /// <summary>A year of a committee's meetings.</summary>
    public static string CommitteeYear(string id, int year) => $"/committees/{id}/{year}/";

    public static string CommitteeCalendar(string id) => $"/committees/{id}/calendar.ics";
}
