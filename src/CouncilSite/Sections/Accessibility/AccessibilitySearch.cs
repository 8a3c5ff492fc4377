using CouncilSite.Search;

namespace CouncilSite.Sections.Accessibility;

/// <summary>What the site's search finds of the accessibility statement: its title, what it covers and its known problems.</summary>
public static class AccessibilitySearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model)
    {
        var council = model.Content.Config.Name;
        yield return new SearchEntry(AccessibilityPage.Address, model.Format.Text("accessibility.title", ("council", council)), SearchKind.Pages,
            SearchText.Lines([model.Format.Text("accessibility.description", ("council", council)), .. model.Content.Config.Accessibility.KnownIssues]));
    }
}
