using CouncilSite.Search;

namespace CouncilSite.Sections.Documents;

/// <summary>What the site's search finds of the documents: each by its title, summary and words (a page's text, a PDF's words), placed by its category.</summary>
public static class DocumentSearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model) =>
        model.Content.Documents.Select(d => new SearchEntry(d.Address, d.Title, SearchKind.Documents,
            SearchText.Lines(d.Summary, d.FinancialYear, d.Content?.Text ?? d.File.Text), d.Date,
            Context: DocumentCategories.NameOf(d.Category, model.Format)));
}
