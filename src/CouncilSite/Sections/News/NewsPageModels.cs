using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Datasets;

namespace CouncilSite.Sections.News;

/// <summary>A page of the news list, newest first.</summary>
/// <param name="Pagination">Null when every item fits on the first page.</param>
public sealed record NewsListPageModel(IReadOnlyList<NewsView> Items, PaginationView? Pagination) : PageModel
{
    public override string Layout => "layouts/news-list.html";
}

/// <summary>A news item's page.</summary>
/// <param name="Extra">The clerk's own settings in the item's front matter.</param>
public sealed record NewsItemPageModel(NewsView Item, IReadOnlyDictionary<string, object?> Extra) : PageModel
{
    public override string Layout => "layouts/news-item.html";
}
