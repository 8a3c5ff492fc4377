using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.News;

namespace CouncilSite.Sections.Home;

/// <summary>The home page: the next meetings, the latest news and the way in to each section.</summary>
/// <param name="Sections">The main navigation's items.</param>
/// <param name="StructuredData">The council as a schema.org organisation, in JSON-LD.</param>
public sealed record HomePageModel(
    IReadOnlyList<MeetingView> NextMeetings,
    IReadOnlyList<NewsView> LatestNews,
    IReadOnlyList<NavItem> Sections,
    SafeHtml? StructuredData) : PageModel
{
    public override string Layout => "layouts/home.html";
}
