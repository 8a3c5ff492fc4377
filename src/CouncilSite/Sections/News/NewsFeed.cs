using CouncilSite.Outputs.Feeds;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.News;

/// <summary>The feed of news and notices, which residents follow in a feed reader or an RSS-to-email service.</summary>
public static class NewsFeed
{
    /// <summary>The feed's link, titled in the site's language.</summary>
    public static AlternateLink Link(SiteModel model) => Links(model).Feed;

    /// <summary>What every news page announces.</summary>
    public static IReadOnlyList<AlternateLink> Announced(SiteModel model) => Links(model).Announced;

    public static AtomFeed Of(IReadOnlyList<NewsItem> items, Format format) =>
        new(format.Text("feeds.news"), NewsRoutes.Feed, NewsRoutes.Index, items.Select(Entry).ToList());

    /// <summary>Made once a build: the same list serves every news page.</summary>
    private static FeedLinks Links(SiteModel model) => model.Shared(m =>
    {
        var feed = AtomFeed.Link(m.Format.Text("feeds.news_link"), NewsRoutes.Feed);
        return new FeedLinks(feed, [feed]);
    });

    private sealed record FeedLinks(AlternateLink Feed, IReadOnlyList<AlternateLink> Announced);

    private static AtomEntry Entry(NewsItem item) =>
        new(item.Address, item.Title, item.Date, item.Address, item.Summary ?? item.Content.FirstParagraph);
}
