using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Home;

namespace CouncilSite.Sections.News;

/// <summary>A news item as the templates show it (the template's <c>item</c>).</summary>
/// <param name="Expired">The notice no longer applies; its page stays, marked so.</param>
public sealed record NewsView(string Title, string Address, string DateText, string DateIso, string? Summary, bool Expired, string? ExpiresText);

/// <summary>Every news item as the pages show it, newest first; made once per build.</summary>
public sealed record NewsViews(IReadOnlyList<NewsView> All);

/// <summary>The news list, split into pages, and a page an item.</summary>
public static class NewsPages
{
    /// <summary>How many items a page of the list holds: a year or two of a village's news, and about 30 KB.</summary>
    public const int PerPage = 50;

    private static Crumb Index(Format format) => new(format.Text("news.nav"), NewsRoutes.Index);

    public static NewsViews Views(SiteModel model) =>
        new(model.Content.News.Select(n => new NewsView(n.Title, n.Address, model.Format.Date(n.Date), Format.Iso(n.Date), n.Summary,
            n.IsExpired(model.Content.Today), n.Expires is { } e ? model.Format.Date(e) : null)).ToList());

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        var views = model.Shared(Views).All;
        var title = model.Format.Text("news.title");
        var description = model.Format.Text("news.description", ("council", content.Config.Name));
        var count = Pagination.Count(views.Count, PerPage);
        for (var page = 1; page <= count; page++)
        {
            var list = new NewsListPageModel(Pagination.Of(views, page, PerPage),
                Pagination.Make(NewsRoutes.Index, model.Format.Text("news.pages"), page, count));
            yield return page == 1
                ? new HtmlPage(NewsRoutes.Index, title, "news", [HomePage.Crumb(model.Format)], list, Description: description, Alternates: NewsFeed.Announced(model))
                : new HtmlPage(NewsRoutes.Page(page), model.Format.Text("news.page_title", ("title", title), ("page", page), ("count", count)), "news",
                    [HomePage.Crumb(model.Format), Index(model.Format)], list, Description: description, Alternates: NewsFeed.Announced(model));
        }

        for (var i = 0; i < views.Count; i++)
        {
            yield return new HtmlPage(views[i].Address, views[i].Title, "news", [HomePage.Crumb(model.Format), Index(model.Format)],
                new NewsItemPageModel(views[i], content.News[i].Extra),
                content.News[i].Content, views[i].Summary, NewsFeed.Announced(model), Sources: [content.News[i].Content.File]);
        }
    }
}
