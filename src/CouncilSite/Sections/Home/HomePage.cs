using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.StructuredData;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.News;

namespace CouncilSite.Sections.Home;

/// <summary>The home page: who the council is, the next meetings, the latest news and the way in to each section.</summary>
public static class HomePage
{
    public const int NextMeetings = 3;
    public const int LatestNews = 3;

    public static HtmlPage Page(SiteContent content, IReadOnlyList<MeetingView> meetings, IReadOnlyList<NewsView> news, IReadOnlyList<NavItem> sections) =>
        new("/", "layouts/home.html", content.Config.Name, "home", [],
            new Dictionary<string, object?>
            {
                ["next_meetings"] = MeetingGroups.Upcoming(meetings, content.Today).Take(NextMeetings).ToList(),
                ["latest_news"] = news.Where(n => !n.Expired).Take(LatestNews).ToList(),
                ["sections"] = sections,
                ["structured_data"] = SafeHtml.Of(SchemaOrg.Council(content.Config)),
            },
            content.HomeIntro,
            $"The website of {content.Config.Name}: meetings, agendas and minutes, councillors, policies, news and open data.");
}
