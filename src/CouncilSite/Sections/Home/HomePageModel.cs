using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.Decisions;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.News;

namespace CouncilSite.Sections.Home;

/// <summary>
/// The home page, in the order residents come for it: the next meeting, the meetings after it,
/// the latest decisions, the latest news, then the clerk's introduction and the way in to each section.
/// </summary>
/// <param name="NextMeeting">The first meeting still to be held, or null when none is arranged.</param>
/// <param name="LaterMeetings">The meetings after it, cancelled ones included (the list marks them).</param>
/// <param name="LatestDecisions">The newest decisions of the register, in its order.</param>
/// <param name="Sections">The main navigation's items.</param>
/// <param name="StructuredData">The council as a schema.org organisation, in JSON-LD.</param>
public sealed record HomePageModel(
    NextMeetingView? NextMeeting,
    IReadOnlyList<MeetingView> LaterMeetings,
    IReadOnlyList<DecisionView> LatestDecisions,
    IReadOnlyList<NewsView> LatestNews,
    IReadOnlyList<NavItem> Sections,
    SafeHtml? StructuredData) : PageModel
{
    public override string Layout => "layouts/home.html";
}

/// <summary>The meeting the home page leads with (the template's <c>next_meeting</c>).</summary>
/// <param name="AgendaDueText">
/// While its agenda is not on the site: the last day it may be published with the notice the law
/// requires, in words; null once the agenda is published, or once that day has passed and it is not.
/// </param>
public sealed record NextMeetingView(MeetingView Meeting, string? AgendaDueText, string? AgendaDueIso);
