using CouncilSite.Sections.Accessibility;
using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Decisions;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.FreePages;
using CouncilSite.Sections.Home;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.News;
using CouncilSite.Sections.NotFound;
using CouncilSite.Sections.Policies;
using CouncilSite.Sections.Search;
using CouncilSite.Sections.Static;
using CouncilSite.Sections.Transparency;

namespace CouncilSite.Sections;

/// <summary>
/// Every section of the site, in the order of the main navigation and of the site's pages. A new
/// section is a folder of <c>Sections/</c> and one line here (see docs/architecture.md).
/// </summary>
public static class SiteSections
{
    public static IReadOnlyList<Section> All { get; } =
    [
        new StaticSection(),
        new HomeSection(),
        new MeetingsSection(),
        new DecisionsSection(),
        new PoliciesSection(),
        new CouncillorsSection(),
        new NewsSection(),
        new DocumentsSection(),
        new DatasetsSection(),
        new TransparencySection(),
        new FreePagesSection(),
        new AccessibilitySection(),
        new SearchSection(),
        new NotFoundSection(),
    ];
}
