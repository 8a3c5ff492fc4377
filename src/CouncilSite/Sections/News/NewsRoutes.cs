namespace CouncilSite.Sections.News;

/// <summary>Every address of the news section, built here and nowhere else.</summary>
public static class NewsRoutes
{
    public const string Index = "/news/";
    public const string Feed = "/news/feed.xml";

    public static string Item(string slug) => $"/news/{slug}/";
}
