using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.StructuredData;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.Decisions;
using CouncilSite.Sections.FreePages;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Meetings.Decisions;
using CouncilSite.Sections.Meetings.Timing;
using CouncilSite.Sections.News;

namespace CouncilSite.Sections.Home;

/// <summary>The home page: the next meeting, the latest decisions and news, who the council is and the way in to each section.</summary>
public static class HomePage
{
    public const string Address = "/";

    /// <summary>How many meetings follow the next one.</summary>
    public const int LaterMeetings = 3;

    public const int LatestDecisions = 5;
    public const int LatestNews = 3;

    /// <summary>The first step of every other page's breadcrumb trail.</summary>
    public static Crumb Crumb(Format format) => new(format.Text("frame.home"), Address);

    public static HtmlPage Page(SiteModel model)
    {
        var content = model.Content;
        var (next, later) = Meetings(model);
        return new(Address, content.Config.Name, "home", [],
            new HomePageModel(
                next,
                later,
                Decisions(model),
                model.Shared(NewsPages.Views).All.Where(n => !n.Expired).Take(LatestNews).ToList(),
                model.Navigation,
                SafeHtml.Of(SchemaOrg.Council(content.Config))),
            content.HomeIntro,
            model.Format.Text("home.description", ("council", content.Config.Name)),
            [NewsFeed.Link(model), MeetingFeed.Link(model)],
            Sources: content.HomeIntro is { } intro ? [intro.File] : null);
    }

    /// <summary>
    /// The first meeting to come that is going ahead (not cancelled or postponed), and the meetings
    /// after it. Its agenda is due on the last day the clear-days check (CS125) accepts.
    /// </summary>
    private static (NextMeetingView? Next, IReadOnlyList<MeetingView> Later) Meetings(SiteModel model)
    {
        var content = model.Content;
        var views = model.Shared(MeetingPages.Views).All;

        // The views are in the order of the meetings, one each.
        var upcoming = content.Meetings.Zip(views).Where(m => m.First.Date >= content.Today).ToList();
        var lead = upcoming.FindIndex(m => m.First.Status == MeetingStatus.Scheduled);
        if (lead < 0)
        {
            return (null, upcoming.Select(m => m.Second).Take(LaterMeetings).ToList());
        }

        var (meeting, view) = upcoming[lead];
        var later = upcoming.Where((_, i) => i != lead).Select(m => m.Second).Take(LaterMeetings).ToList();
        var due = meeting.Agenda is null ? new ClearDays(content.Config.BankHolidays).AgendaDue(meeting.Date, content.Today) : null;
        return due is { } day
            ? (new NextMeetingView(view, model.Format.DayDate(day), Format.Iso(day)), later)
            : (new NextMeetingView(view, null, null), later);
    }

    /// <summary>The newest decisions, the register's own views in its order.</summary>
    private static IReadOnlyList<DecisionView> Decisions(SiteModel model) =>
        DecisionRegister.Meetings(model.Content.Meetings).SelectMany(m => DecisionPages.Decisions(m, model)).Take(LatestDecisions).ToList();
}
