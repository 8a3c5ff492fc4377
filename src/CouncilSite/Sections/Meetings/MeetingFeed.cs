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
    /// <summary>The feed's link, titled in the site's language.</summary>
    public static AlternateLink Link(SiteModel model) => Links(model).Feed;

    /// <summary>What every page of meetings and committees announces.</summary>
    public static IReadOnlyList<AlternateLink> Announced(SiteModel model) => Links(model).Announced;

    /// <summary>What a committee's page announces: its own calendar instead of every meeting's.</summary>
    public static IReadOnlyList<AlternateLink> ForCommittee(string id, SiteModel model) =>
        [Link(model), new AlternateLink(model.Format.Text("feeds.committee_calendar"), MeetingRoutes.CommitteeCalendar(id), CalendarFiles.MediaType)];

    public static AtomFeed Of(IReadOnlyList<Meeting> meetings, Format format) =>
        new(format.Text("feeds.meetings"), MeetingRoutes.Feed, MeetingRoutes.Index, meetings.SelectMany(m => Entries(m, format)).ToList());

    /// <summary>
    /// An agenda is dated by its <c>published:</c> date; minutes by their approval, so approving
    /// them updates the entry, else by the meeting (draft minutes cannot come before it).
    /// </summary>
    private static IEnumerable<AtomEntry> Entries(Meeting meeting, Format format)
    {
        var when = $"{meeting.Title}, {format.Date(meeting.Date)}";
        var day = format.DayDate(meeting.Date);
        var committee = meeting.Committee.Name;
        if (meeting.Agenda is { } agenda)
        {
            var address = MeetingRoutes.Agenda(meeting);

            // A whole sentence for each case, so that a translation orders its parts as its language needs.
            var summary = (meeting.Time, meeting.Location) switch
            {
                ({ } time, { } place) => format.Text("feeds.agenda_time_place", ("committee", committee), ("date", day), ("time", format.Time(time)), ("place", place)),
                ({ } time, null) => format.Text("feeds.agenda_time", ("committee", committee), ("date", day), ("time", format.Time(time))),
                (null, { } place) => format.Text("feeds.agenda_place", ("committee", committee), ("date", day), ("place", place)),
                _ => format.Text("feeds.agenda", ("committee", committee), ("date", day)),
            };
            yield return new AtomEntry(address, format.Text("feeds.agenda_title", ("meeting", when)), agenda.Published ?? meeting.Date, address, summary);
        }

        if (meeting.Minutes is { } minutes)
        {
            var address = MeetingRoutes.Minutes(meeting);
            var draft = minutes.Status == MinutesStatus.Draft;
            var title = format.Text(draft ? "feeds.draft_minutes_title" : "feeds.minutes_title", ("meeting", when));
            var summary = draft ? format.Text("feeds.draft_minutes", ("committee", committee), ("date", day))
                : minutes.Approved is { } a ? format.Text("feeds.minutes_approved", ("committee", committee), ("date", day), ("approved", format.Date(a)))
                : format.Text("feeds.minutes", ("committee", committee), ("date", day));
            yield return new AtomEntry(address, title, minutes.Approved ?? meeting.Date, address, summary);
        }
    }

    /// <summary>Made once a build: the same lists serve every page of meetings.</summary>
    private static FeedLinks Links(SiteModel model) => model.Shared(m =>
    {
        var feed = AtomFeed.Link(m.Format.Text("feeds.meetings_link"), MeetingRoutes.Feed);
        return new FeedLinks(feed, [feed, new AlternateLink(m.Format.Text("feeds.meetings_calendar"), MeetingRoutes.Calendar, CalendarFiles.MediaType)]);
    });

    private sealed record FeedLinks(AlternateLink Feed, IReadOnlyList<AlternateLink> Announced);
}
