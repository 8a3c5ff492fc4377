using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.StructuredData;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.FreePages;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.News;

namespace CouncilSite.Sections.Home;

/// <summary>The home page: who the council is, the next meetings, the latest news and the way in to each section.</summary>
public static class HomePage
{
    public const string Address = "/";
    public const int NextMeetings = 3;
    public const int LatestNews = 3;

    /// <summary>The first step of every other page's breadcrumb trail.</summary>
    public static Crumb Crumb(Format format) => new(format.Text("frame.home"), Address);

    public static HtmlPage Page(SiteModel model)
    {
        var content = model.Content;
        return new(Address, content.Config.Name, "home", [],
            new HomePageModel(
                MeetingGroups.Upcoming(model.Shared(MeetingPages.Views).All, content.Today).Take(NextMeetings).ToList(),
                model.Shared(NewsPages.Views).All.Where(n => !n.Expired).Take(LatestNews).ToList(),
                model.Navigation,
                SafeHtml.Of(SchemaOrg.Council(content.Config))),
            content.HomeIntro,
            model.Format.Text("home.description", ("council", content.Config.Name)),
            [NewsFeed.Link(model), MeetingFeed.Link(model)],
            Sources: content.HomeIntro is { } intro ? [intro.File] : null);
    }
}
