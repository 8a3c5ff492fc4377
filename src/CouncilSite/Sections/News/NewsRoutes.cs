using CouncilSite.Sections.Datasets;

namespace CouncilSite.Sections.News;

/// <summary>Every address of the news section, built here and nowhere else.</summary>
public static class NewsRoutes
{
    public const string Index = "/news/";
    public const string Feed = "/news/feed.xml";

    public static string Item(string slug) => $"/news/{slug}/";

    /// <summary>A page of the list: <c>/news/</c>, then <c>/news/page-2/</c> and on, which no item's address (it starts with its date) can be.</summary>
    public static string Page(int page) => Pagination.Page(Index, page);
}
