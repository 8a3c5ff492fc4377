using CouncilSite.Search;

namespace CouncilSite.Sections.FreePages;

/// <summary>What the site's search finds of the clerk's pages: each page by its title, description and text.</summary>
public static class FreePagesSearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model) =>
        model.Content.FreePages.Select(p => new SearchEntry(p.Address, p.Title, SearchKind.Pages, SearchText.Lines(p.Description, p.Content.Text)));
}
