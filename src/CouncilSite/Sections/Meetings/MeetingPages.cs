using System.Runtime.CompilerServices;
using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.StructuredData;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.Meetings.Calendar;

namespace CouncilSite.Sections.Meetings;

/// <summary>
/// The meetings section: the index, a page a year, a page a meeting with its agenda, minutes
/// and Markdown papers below it, and a page a committee.
/// </summary>
public static class MeetingPages
{
    /// <summary>How many years of past meetings the index lists in full; older years are a link each.</summary>
    public const int YearsOnIndex = 2;

    public static readonly Crumb Home = new("Home", "/");
    public static readonly Crumb Index = new("Meetings", "/meetings/");

    private static readonly Remembered<Meeting, string> StructuredData = new(SchemaOrg.MeetingEvent);

    /// <summary>
    /// In a preview session, each meeting's view while the meeting, the meeting that approved its
    /// minutes and the settings (with the date) are what they were: its pages (below) are then kept too,
    /// so an edit to one meeting makes one meeting's pages again, not every meeting's.
    /// </summary>
    private static readonly ConditionalWeakTable<Meeting, KeptView> KeptViews = new();

    /// <summary>A kept view's pages: they are made from the view, the meeting and the settings, which the view was kept under.</summary>
    private static readonly ConditionalWeakTable<MeetingView, IReadOnlyList<HtmlPage>> KeptPages = new();

    private sealed record KeptView(UInt128 Settings, Meeting? Approving, MeetingView View);

    public static IReadOnlyList<MeetingView> Views(SiteContent content)
    {
        var byDate = content.Meetings.ToLookup(m => m.Date);
        Meeting? ApprovedAt(Meeting meeting, DateOnly date) =>
            byDate[date].FirstOrDefault(x => x.Committee == meeting.Committee) ?? byDate[date].FirstOrDefault();

        return content.Meetings.Select(meeting =>
        {
            var approving = meeting.Minutes?.Approved is { } approved ? ApprovedAt(meeting, approved) : null;
            if (content.Settings is not { } settings)
            {
                return MeetingView.From(meeting, content.Today, approving);
            }

            if (KeptViews.TryGetValue(meeting, out var kept) && kept.Settings == settings && ReferenceEquals(kept.Approving, approving))
            {
                return kept.View;
            }

            var view = MeetingView.From(meeting, content.Today, approving);
            KeptViews.AddOrUpdate(meeting, new KeptView(settings, approving, view));
            return view;
        }).ToList();
    }

    public static IEnumerable<HtmlPage> Pages(SiteContent content, IReadOnlyList<MeetingView> views)
    {
        var upcoming = MeetingGroups.Upcoming(views, content.Today);
        var past = MeetingGroups.PastByYear(views, content.Today);
        yield return new HtmlPage("/meetings/", "layouts/meetings.html", "Meetings", "meetings", [Home],
            new Dictionary<string, object?>
            {
                ["upcoming"] = upcoming,
                ["recent_years"] = past.Take(YearsOnIndex).ToList(),
                ["earlier_years"] = past.Skip(YearsOnIndex).ToList(),
                ["committees"] = content.Config.Committees.Select(c => new MeetingLink(c.Name, $"/committees/{c.Id}/")).ToList(),
                ["calendar"] = CalendarFiles.Link(content, CalendarFiles.AllMeetings),
            },
            Description: $"Agendas, minutes and papers of {content.Config.Name} and its committees.");

        foreach (var year in views.GroupBy(v => v.Year))
        {
            yield return new HtmlPage($"/meetings/{year.Key}/", "layouts/meetings-year.html", $"Meetings in {year.Key}", "meetings", [Home, Index],
                new Dictionary<string, object?> { ["year"] = year.Key, ["meetings"] = year.ToList() });
        }

        // A meeting's pages (with their structured data) are made side by side, and kept in order.
        var meetingPages = Enumerable.Range(0, content.Meetings.Count).AsParallel().AsOrdered()
            .Select(i => content.Settings is null
                ? ForMeeting(content.Meetings[i], views[i], content).ToList()
                : KeptPages.GetValue(views[i], view => ForMeeting(content.Meetings[i], view, content).ToList()));
        foreach (var page in meetingPages.SelectMany(p => p))
        {
            yield return page;
        }

        yield return new HtmlPage("/committees/", "layouts/committees.html", "Committees", "meetings", [Home, Index],
            new Dictionary<string, object?> { ["committees"] = content.Config.Committees });
        foreach (var committee in content.Config.Committees)
        {
            var own = views.Where(v => v.CommitteeId == committee.Id).ToList();
            yield return new HtmlPage($"/committees/{committee.Id}/", "layouts/committee.html", committee.Name, "meetings",
                [Home, Index, new Crumb("Committees", "/committees/")],
                new Dictionary<string, object?>
                {
                    ["committee"] = committee,
                    ["upcoming"] = MeetingGroups.Upcoming(own, content.Today),
                    ["past_years"] = MeetingGroups.PastByYear(own, content.Today),
                    ["calendar"] = CalendarFiles.Link(content, CalendarFiles.ForCommittee(committee.Id)),
                });
        }
    }

    private static IEnumerable<HtmlPage> ForMeeting(Meeting meeting, MeetingView view, SiteContent content)
    {
        var title = $"{view.Title}, {view.DateText}";
        var year = new Crumb(view.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"/meetings/{view.Year}/");
        var values = new Dictionary<string, object?>
        {
            ["meeting"] = view,
            ["extra"] = meeting.Extra,
            ["decisions"] = DecisionLink.All(meeting),
            ["structured_data"] = SafeHtml.Of(StructuredData.Of(meeting, content)),
        };
        yield return new HtmlPage(meeting.Address, "layouts/meeting.html", title, "meetings", [Home, Index, year], values,
            Description: $"{view.StatusLabel} meeting of the {view.CommitteeName} on {view.DayDateText}.");

        var self = new Crumb(title, meeting.Address);
        if (meeting.Agenda is { } agenda)
        {
            yield return Document(meeting, view, agenda.Content, "Agenda", "agenda", [Home, Index, year, self]);
        }

        if (meeting.Minutes is { } minutes)
        {
            var heading = minutes.Status == MinutesStatus.Draft ? "Draft minutes" : "Minutes";
            yield return Document(meeting, view, minutes.Content, heading, "minutes", [Home, Index, year, self]) with { Anchors = minutes.Anchors };
        }

        foreach (var paper in meeting.Papers.Where(p => p.Content is not null))
        {
            yield return new HtmlPage(paper.Address, "layouts/meeting-document.html", $"{paper.Title}: {title}", "meetings",
                [Home, Index, year, self],
                new Dictionary<string, object?> { ["meeting"] = view, ["kind"] = "paper", ["heading"] = paper.Title },
                paper.Content);
        }
    }

    private static HtmlPage Document(Meeting meeting, MeetingView view, MarkdownSource body, string heading, string kind, IReadOnlyList<Crumb> crumbs) =>
        new($"{meeting.Address}{kind}/", "layouts/meeting-document.html", $"{heading}: {view.Title}, {view.DateText}", "meetings", crumbs,
            new Dictionary<string, object?> { ["meeting"] = view, ["kind"] = kind, ["heading"] = heading },
            body);
}
