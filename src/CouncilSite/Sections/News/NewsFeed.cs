using CouncilSite.Outputs.Feeds;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.News;

/// <summary>The feed of news and notices, which residents follow in a feed reader or an RSS-to-email service.</summary>
public static class NewsFeed
{
    public static readonly AlternateLink Link = AtomFeed.Link("News and notices (Atom feed)", NewsRoutes.Feed);

    /// <summary>What every news page announces.</summary>
    public static readonly IReadOnlyList<AlternateLink> Announced = [Link];

    public static AtomFeed Of(IReadOnlyList<NewsItem> items) =>
        new("News and notices", NewsRoutes.Feed, NewsRoutes.Index, items.Select(Entry).ToList());

    private static AtomEntry Entry(NewsItem item) =>
        new(item.Address, item.Title, item.Date, item.Address, item.Summary ?? item.Content.FirstParagraph);
}
