using CouncilSite.Search;

namespace CouncilSite.Sections.News;

/// <summary>What the site's search finds of the news: each item by its title, summary and text, on its date.</summary>
public static class NewsSearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model)
    {
        var items = model.Content.News;
        var views = model.Shared(NewsPages.Views).All;
        for (var i = 0; i < items.Count; i++)
        {
            // A summary the clerk did not write is the first paragraph, already in the text.
            var summary = views[i].Summary == items[i].Content.FirstParagraph ? null : views[i].Summary;
            yield return new SearchEntry(views[i].Address, views[i].Title, SearchKind.News, SearchText.Lines(summary, items[i].Content.Text), items[i].Date);
        }
    }
}
