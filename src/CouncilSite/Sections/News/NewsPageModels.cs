using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.News;

/// <summary>The news list, newest first.</summary>
public sealed record NewsListPageModel(IReadOnlyList<NewsView> Items) : PageModel
{
    public override string Layout => "layouts/news-list.html";
}

/// <summary>A news item's page.</summary>
/// <param name="Extra">The clerk's own settings in the item's front matter.</param>
public sealed record NewsItemPageModel(NewsView Item, IReadOnlyDictionary<string, object?> Extra) : PageModel
{
    public override string Layout => "layouts/news-item.html";
}
