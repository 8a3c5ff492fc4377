using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Home;

namespace CouncilSite.Sections.News;

/// <summary>A news item as the templates show it (the template's <c>item</c>).</summary>
/// <param name="Expired">The notice no longer applies; its page stays, marked so.</param>
public sealed record NewsView(string Title, string Address, string DateText, string DateIso, string? Summary, bool Expired, string? ExpiresText);

/// <summary>Every news item as the pages show it, newest first; made once per build.</summary>
public sealed record NewsViews(IReadOnlyList<NewsView> All);

/// <summary>The news list and a page an item.</summary>
public static class NewsPages
{
    private static Crumb Index(Format format) => new(format.Text("news.nav"), NewsRoutes.Index);

    public static NewsViews Views(SiteModel model) =>
        new(model.Content.News.Select(n => new NewsView(n.Title, n.Address, model.Format.Date(n.Date), Format.Iso(n.Date), n.Summary,
            n.IsExpired(model.Content.Today), n.Expires is { } e ? model.Format.Date(e) : null)).ToList());

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        var views = model.Shared(Views).All;
        yield return new HtmlPage(NewsRoutes.Index, model.Format.Text("news.title"), "news", [HomePage.Crumb(model.Format)],
            new NewsListPageModel(views),
            Description: model.Format.Text("news.description", ("council", content.Config.Name)), Alternates: NewsFeed.Announced(model));

        for (var i = 0; i < views.Count; i++)
        {
            yield return new HtmlPage(views[i].Address, views[i].Title, "news", [HomePage.Crumb(model.Format), Index(model.Format)],
                new NewsItemPageModel(views[i], content.News[i].Extra),
                content.News[i].Content, views[i].Summary, NewsFeed.Announced(model), Sources: [content.News[i].Content.File]);
        }
    }
}
