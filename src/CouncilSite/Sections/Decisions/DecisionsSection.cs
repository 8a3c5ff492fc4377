using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;
using CouncilSite.Sections.Meetings;

namespace CouncilSite.Sections.Decisions;

/// <summary>The decisions register, made from the resolutions in the meetings' minutes: it reads no file of its own.</summary>
public sealed class DecisionsSection : Section
{
    public override IReadOnlyList<string> Folders => ["decisions"];

    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) =>
        content.Meetings.Any(m => m.Minutes?.Decisions.Count > 0) ? [new(format.Text("decisions.title"), DecisionRoutes.Index, "decisions")] : [];

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => DecisionPages.Pages(model);

    public override IEnumerable<SearchEntry> Search(SiteModel model) => DecisionSearch.Entries(model);
}
