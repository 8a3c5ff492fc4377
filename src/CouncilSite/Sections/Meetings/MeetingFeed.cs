using CouncilSite.Outputs.Feeds;
using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Meetings.Calendar;

namespace CouncilSite.Sections.Meetings;

/// <summary>
/// The feed of agendas and minutes, each entry as it appears, and the feeds and calendars the
/// meetings pages announce.
/// </summary>
public static class MeetingFeed
{
    public static readonly AlternateLink Link = AtomFeed.Link("Agendas and minutes (Atom feed)", MeetingRoutes.Feed);

    /// <summary>What every page of meetings and committees announces.</summary>
    public static readonly IReadOnlyList<AlternateLink> Announced = [Link, new AlternateLink("Meetings calendar", MeetingRoutes.Calendar, CalendarFiles.MediaType)];

    /// <summary>What a committee's page announces: its own calendar instead of every meeting's.</summary>
    public static IReadOnlyList<AlternateLink> ForCommittee(string id) =>
        [Link, new AlternateLink("Calendar of this committee's meetings", MeetingRoutes.CommitteeCalendar(id), CalendarFiles.MediaType)];

    public static AtomFeed Of(IReadOnlyList<Meeting> meetings, Format format) =>
        new("Agendas and minutes", MeetingRoutes.Feed, MeetingRoutes.Index, meetings.SelectMany(m => Entries(m, format)).ToList());

    /// <summary>
    /// An agenda is dated by its <c>published:</c> date; minutes by their approval, so approving
    /// them updates the entry, else by the meeting (draft minutes cannot come before it).
    /// </summary>
    private static IEnumerable<AtomEntry> Entries(Meeting meeting, Format format)
    {
        var when = $"{meeting.Title}, {format.Date(meeting.Date)}";
        var time = meeting.Time is { } t ? $" at {format.Time(t)}" : "";
        var place = meeting.Location is { } l ? $", {l}" : "";
        if (meeting.Agenda is { } agenda)
        {
            var address = MeetingRoutes.Agenda(meeting);
            yield return new AtomEntry(address, $"Agenda: {when}", agenda.Published ?? meeting.Date, address,
                $"The {meeting.Committee.Name} meets on {format.DayDate(meeting.Date)}{time}{place}.");
        }

        if (meeting.Minutes is { } minutes)
        {
            var address = MeetingRoutes.Minutes(meeting);
            var draft = minutes.Status == MinutesStatus.Draft;
            yield return new AtomEntry(address, $"{(draft ? "Draft minutes" : "Minutes")}: {when}", minutes.Approved ?? meeting.Date, address,
                draft
                    ? $"Draft minutes of the {meeting.Committee.Name} on {format.DayDate(meeting.Date)}, not yet approved."
                    : $"Minutes of the {meeting.Committee.Name} on {format.DayDate(meeting.Date)}{(minutes.Approved is { } a ? $", approved on {format.Date(a)}" : "")}.");
        }
    }
}
