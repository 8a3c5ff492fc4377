using System.Globalization;
using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.StructuredData;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.Home;
using CouncilSite.Sections.Meetings.Calendar;
using CouncilSite.Sections.Meetings.Timing;

namespace CouncilSite.Sections.Meetings;

/// <summary>Every meeting as the pages show it, in the order of the meetings; made once per build.</summary>
public sealed record MeetingViews(IReadOnlyList<MeetingView> All);

/// <summary>
/// The meetings section: the index, a page a year, a page a meeting with its agenda, minutes
/// and Markdown papers below it, and a page a committee.
/// </summary>
public static class MeetingPages
{
    /// <summary>How many years of past meetings the index and a committee's page list in full; older years are a link each.</summary>
    public const int YearsOnIndex = 2;

    public static Crumb Index(Format format) => new(format.Text("meetings.title"), MeetingRoutes.Index);

    private static readonly Remembered<Meeting, string> StructuredData = new(SchemaOrg.MeetingEvent);

    /// <summary>
    /// In a preview session, each meeting's view while the meeting, the meeting that approved its
    /// minutes and the settings (with the date) are what they were: its pages (below) are then kept too,
    /// so an edit to one meeting makes one meeting's pages again, not every meeting's.
    /// </summary>
    private static readonly object KeptView = new();

    /// <summary>A kept view's pages: they are made from the view, the meeting and the settings, which the view was kept under.</summary>
    private static readonly object KeptPages = new();

    public static MeetingViews Views(SiteModel model)
    {
        var content = model.Content;
        var byDate = content.Meetings.ToLookup(m => m.Date);
        var clearDays = new ClearDays(content.Config.BankHolidays);
        Meeting? ApprovedAt(Meeting meeting, DateOnly date) =>
            byDate[date].FirstOrDefault(x => x.Committee == meeting.Committee) ?? byDate[date].FirstOrDefault();

        return new MeetingViews(content.Meetings.Select(meeting =>
        {
            var approving = meeting.Minutes?.Approved is { } approved ? ApprovedAt(meeting, approved) : null;
            return model.Parts.Of(KeptView, meeting, () => (Approving: approving, View: MeetingView.From(meeting, content.Today, approving, clearDays, model.Format)),
                kept => ReferenceEquals(kept.Approving, approving)).View;
        }).ToList());
    }

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        var views = model.Shared(Views).All;
        var upcoming = MeetingGroups.Upcoming(views, content.Today);
        var past = MeetingGroups.PastByYear(views, content.Today);
        yield return new HtmlPage(MeetingRoutes.Index, model.Format.Text("meetings.title"), "meetings", [HomePage.Crumb(model.Format)],
            new MeetingsPageModel(
                upcoming,
                past.Take(YearsOnIndex).ToList(),
                past.Skip(YearsOnIndex).ToList(),
                content.Config.Committees.Select(c => new MeetingLink(c.Name, MeetingRoutes.Committee(c.Id))).ToList(),
                CalendarFiles.Link(content, MeetingRoutes.Calendar)),
            Description: model.Format.Text("meetings.description", ("council", content.Config.Name)),
            Alternates: MeetingFeed.Announced(model));

        foreach (var year in views.GroupBy(v => v.Year))
        {
            yield return new HtmlPage(MeetingRoutes.Year(year.Key), model.Format.Text("meetings.in_year", ("year", year.Key)), "meetings", [HomePage.Crumb(model.Format), Index(model.Format)],
                new MeetingsYearPageModel(year.Key, year.ToList(), null),
                Alternates: MeetingFeed.Announced(model));
        }

        // A meeting's pages (with their structured data) are made side by side, and kept in order. A
        // parallel loop, not PLINQ: loading PLINQ and compiling its generic machinery at every start cost more than it ordered.
        var meetingPages = new List<HtmlPage>[content.Meetings.Count];
        Parallel.For(0, meetingPages.Length, i => meetingPages[i] = model.Parts.Of(KeptPages, views[i], () => ForMeeting(content.Meetings[i], views[i], model).ToList()));
        foreach (var page in meetingPages.SelectMany(p => p))
        {
            yield return page;
        }

        yield return new HtmlPage(MeetingRoutes.Committees, model.Format.Text("committees.title"), "meetings", [HomePage.Crumb(model.Format), Index(model.Format)],
            new CommitteesPageModel(content.Config.Committees.Select(CommitteeView.From).ToList()),
            Alternates: MeetingFeed.Announced(model));
        foreach (var committee in content.Config.Committees)
        {
            var own = views.Where(v => v.CommitteeId == committee.Id).ToList();
            var committeeView = CommitteeView.From(committee);
            var ownPast = MeetingGroups.PastByYear(own, content.Today, committee.Id);
            IReadOnlyList<Crumb> crumbs = [HomePage.Crumb(model.Format), Index(model.Format), new Crumb(model.Format.Text("committees.title"), MeetingRoutes.Committees)];
            yield return new HtmlPage(MeetingRoutes.Committee(committee.Id), committee.Name, "meetings", crumbs,
                new CommitteePageModel(
                    committeeView,
                    MeetingGroups.Upcoming(own, content.Today),
                    ownPast.Take(YearsOnIndex).ToList(),
                    ownPast.Skip(YearsOnIndex).ToList(),
                    CalendarFiles.Link(content, MeetingRoutes.CommitteeCalendar(committee.Id))),
                Alternates: MeetingFeed.ForCommittee(committee.Id, model));

            // A committee meeting every month for twenty years lists 240 of them: its page shows the latest
            // years, and each earlier year, which it links to, has a page of its own (the latest need none).
            var earlier = ownPast.Skip(YearsOnIndex).Select(g => g.Year).ToHashSet();
            foreach (var year in own.GroupBy(v => v.Year).Where(y => earlier.Contains(y.Key)))
            {
                yield return new HtmlPage(MeetingRoutes.CommitteeYear(committee.Id, year.Key),
                    model.Format.Text("committee.meetings_in_year", ("committee", committee.Name), ("year", year.Key)), "meetings",
                    [.. crumbs, new Crumb(committee.Name, committeeView.Address)],
                    new MeetingsYearPageModel(year.Key, year.ToList(), committeeView),
                    Alternates: MeetingFeed.ForCommittee(committee.Id, model));
            }
        }
    }

    private static IEnumerable<HtmlPage> ForMeeting(Meeting meeting, MeetingView view, SiteModel model)
    {
        var title = $"{view.Title}, {view.DateText}";
        var year = new Crumb(view.Year.ToString(CultureInfo.InvariantCulture), MeetingRoutes.Year(view.Year));
        yield return new HtmlPage(meeting.Address, title, "meetings", [HomePage.Crumb(model.Format), Index(model.Format), year],
            new MeetingPageModel(view, meeting.Extra, DecisionLink.All(meeting), SafeHtml.Of(StructuredData.Of(meeting, model.Content.Config, model.Format, model.Parts))),
            Description: model.Format.Text("meeting.description", ("status", view.StatusLabel), ("committee", view.CommitteeName), ("date", view.DayDateText)),
            Alternates: MeetingFeed.Announced(model), Sources: [meeting.Folder, meeting.SettingsFile ?? $"{meeting.Folder}/meeting.yml"]);

        IReadOnlyList<Crumb> trail = [HomePage.Crumb(model.Format), Index(model.Format), year, new Crumb(title, meeting.Address)];
        if (meeting.Agenda is { } agenda)
        {
            yield return Document(MeetingRoutes.Agenda(meeting), view, agenda.Content, model.Format.Text("meeting.agenda"), "agenda", trail, model);
        }

        if (meeting.Minutes is { } minutes)
        {
            var heading = model.Format.Text(minutes.Status == MinutesStatus.Draft ? "meeting.draft_minutes" : "meeting.minutes");
            yield return Document(MeetingRoutes.Minutes(meeting), view, minutes.Content, heading, "minutes", trail, model) with { Anchors = minutes.Anchors };
        }

        foreach (var paper in meeting.Papers.Where(p => p.Content is not null))
        {
            yield return new HtmlPage(paper.Address, $"{paper.Title}: {title}", "meetings", trail,
                new MeetingDocumentPageModel(view, "paper", paper.Title),
                paper.Content, Alternates: MeetingFeed.Announced(model), Sources: [paper.File.File]);
        }
    }

    /// <param name="kind">"agenda" or "minutes": a link to <c>agenda.md</c> or <c>minutes.md</c> leads here even from a clerk's <c>Minutes.md</c>, read with a warning to rename it.</param>
    private static HtmlPage Document(string address, MeetingView view, MarkdownSource body, string heading, string kind, IReadOnlyList<Crumb> crumbs, SiteModel model)
    {
        var named = $"{body.File[..(body.File.LastIndexOf('/') + 1)]}{kind}.md";
        return new(address, $"{heading}: {view.Title}, {view.DateText}", "meetings", crumbs,
            new MeetingDocumentPageModel(view, kind, heading),
            body, Alternates: MeetingFeed.Announced(model), Sources: named == body.File ? [body.File] : [body.File, named]);
    }
}
