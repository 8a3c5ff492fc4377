using CouncilSite.Content;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;

namespace CouncilSite.Sections.News;

/// <summary>The news items read from <c>news/</c>, with the images published beside them.</summary>
/// <param name="Files">The folder's other files (images for the items), published as they are.</param>
public sealed record NewsContent(IReadOnlyList<NewsItem> Items, IReadOnlyList<CopiedFile> Files);

/// <summary>News and notices: <c>news/</c>, a Markdown file an item, newest first, and their feed.</summary>
public sealed class NewsSection : Section<NewsContent>
{
    public override IReadOnlyList<string> Folders => ["news"];

    protected override NewsContent Read(LoadContext context) => new(
        NewsLoader.Load(context).OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList(),
        context.FilesBeside(NewsLoader.Folder));

    public override int Items(SiteContent content) => content.News.Count;

    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) =>
        content.News.Count > 0 ? [new(format.Text("news.nav"), NewsRoutes.Index, "news")] : [];

    public override IEnumerable<CopiedFile> Copies(SiteContent content) => content.Of<NewsContent>().Files;

    public override IEnumerable<MarkdownSource?> Texts(SiteContent content) => content.News.Select(n => n.Content);

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => NewsPages.Pages(model);

    public override IEnumerable<OutputFile> Files(SiteModel model) => [NewsFeed.Of(model.Content.News, model.Format).File(model.Content.Config)];

    public override IEnumerable<SearchEntry> Search(SiteModel model) => NewsSearch.Entries(model);
}

/// <summary>The news as every part of the build finds it.</summary>
public static class NewsOfSite
{
    extension(SiteContent content)
    {
        /// <summary>Every news item, newest first.</summary>
        public IReadOnlyList<NewsItem> News => content.Of<NewsContent>().Items;
    }
}
