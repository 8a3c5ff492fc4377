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

    /// <remarks>
    /// A feed keeps only its newest entries (<see cref="AtomFeed.MaxEntries"/>, in the writer's order:
    /// newest first, then by address), so only theirs are put into words: a large council has tens of
    /// thousands of agendas and minutes, and wording them all was most of the feed's cost.
    /// </remarks>
    public static AtomFeed Of(IReadOnlyList<Meeting> meetings, Format format)
    {
        var newest = meetings.SelectMany(Items)
            .OrderByDescending(i => i.Updated)
            .ThenBy(i => i.Address, StringComparer.Ordinal)
            .Take(AtomFeed.MaxEntries);
        return new(format.Text("feeds.meetings"), MeetingRoutes.Feed, MeetingRoutes.Index, newest.Select(i => Entry(i, format)).ToList());
    }

    /// <summary>
    /// A meeting's agenda and minutes as entries to be. An agenda is dated by its <c>published:</c>
    /// date; minutes by their approval, so approving them updates the entry, else by the meeting
    /// (draft minutes cannot come before it).
    /// </summary>
    private static IEnumerable<Item> Items(Meeting meeting)
    {
        if (meeting.Agenda is { } agenda)
        {
            yield return new Item(meeting, null, MeetingRoutes.Agenda(meeting), agenda.Published ?? meeting.Date);
        }

        if (meeting.Minutes is { } minutes)
        {
            yield return new Item(meeting, minutes, MeetingRoutes.Minutes(meeting), minutes.Approved ?? meeting.Date);
        }
    }

    private static AtomEntry Entry(Item item, Format format)
    {
        var meeting = item.Meeting;
        var when = $"{meeting.Title}, {format.Date(meeting.Date)}";
        var day = format.DayDate(meeting.Date);
        var committee = meeting.Committee.Name;
        if (item.Minutes is not { } minutes)
        {
            // A whole sentence for each case, so that a translation orders its parts as its language needs.
            var summary = (meeting.Time, meeting.Location) switch
            {
                ({ } time, { } place) => format.Text("feeds.agenda_time_place", ("committee", committee), ("date", day), ("time", format.Time(time)), ("place", place)),
                ({ } time, null) => format.Text("feeds.agenda_time", ("committee", committee), ("date", day), ("time", format.Time(time))),
                (null, { } place) => format.Text("feeds.agenda_place", ("committee", committee), ("date", day), ("place", place)),
                _ => format.Text("feeds.agenda", ("committee", committee), ("date", day)),
            };
            return new AtomEntry(item.Address, format.Text("feeds.agenda_title", ("meeting", when)), item.Updated, item.Address, summary);
        }

        var draft = minutes.Status == MinutesStatus.Draft;
        var title = format.Text(draft ? "feeds.draft_minutes_title" : "feeds.minutes_title", ("meeting", when));
        var described = draft ? format.Text("feeds.draft_minutes", ("committee", committee), ("date", day))
            : minutes.Approved is { } a ? format.Text("feeds.minutes_approved", ("committee", committee), ("date", day), ("approved", format.Date(a)))
            : format.Text("feeds.minutes", ("committee", committee), ("date", day));
        return new AtomEntry(item.Address, title, item.Updated, item.Address, described);
    }

    /// <param name="Minutes">The minutes the entry is for; null for the agenda.</param>
    private sealed record Item(Meeting Meeting, Minutes? Minutes, string Address, DateOnly Updated);

    /// <summary>Made once a build: the same lists serve every page of meetings.</summary>
    private static FeedLinks Links(SiteModel model) => model.Shared(m =>
    {
        var feed = AtomFeed.Link(m.Format.Text("feeds.meetings_link"), MeetingRoutes.Feed);
        return new FeedLinks(feed, [feed, new AlternateLink(m.Format.Text("feeds.meetings_calendar"), MeetingRoutes.Calendar, CalendarFiles.MediaType)]);
    });

    private sealed record FeedLinks(AlternateLink Feed, IReadOnlyList<AlternateLink> Announced);
}
