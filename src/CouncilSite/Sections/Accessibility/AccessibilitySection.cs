using CouncilSite.Outputs.Html;
using CouncilSite.Search;

namespace CouncilSite.Sections.Accessibility;

/// <summary>The accessibility statement the 2018 regulations require of every council's website.</summary>
public sealed class AccessibilitySection : Section
{
    public override IReadOnlyList<string> Folders => ["accessibility"];

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => [AccessibilityPage.Page(model)];

    public override IEnumerable<SearchEntry> Search(SiteModel model) => AccessibilitySearch.Entries(model);
}
