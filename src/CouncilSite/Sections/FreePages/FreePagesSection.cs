using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;

namespace CouncilSite.Sections.FreePages;

/// <summary>The clerk's own pages read from <c>pages/</c>, the home page's introduction and the files beside them.</summary>
/// <param name="HomeIntro"><c>pages/index.md</c>, shown on the home page.</param>
/// <param name="Files">The folder's other files (images, PDFs), published as they are.</param>
public sealed record FreePagesContent(IReadOnlyList<FreePage> Pages, MarkdownSource? HomeIntro, IReadOnlyList<CopiedFile> Files);

/// <summary>The clerk's own pages: <c>pages/about.md</c> is <c>/about/</c>; those marked <c>nav: true</c> join the navigation.</summary>
public sealed class FreePagesSection : Section<FreePagesContent>
{
    protected override FreePagesContent Read(LoadContext context)
    {
        var (pages, intro) = FreePageLoader.Load(context);
        return new FreePagesContent(
            pages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList(),
            intro,
            context.Copies(context.Folder.Files(FreePageLoader.Folder).Where(f => !LoadContext.IsMarkdown(f)), FreePageLoader.Folder + "/"));
    }

    public override int Items(SiteContent content) => content.FreePages.Count;

    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) =>
        content.FreePages.Where(p => p.Nav).Select(p => new NavItem(p.Title, p.Address, p.Slug));

    public override IEnumerable<CopiedFile> Copies(SiteContent content) => content.Of<FreePagesContent>().Files;

    public override IEnumerable<MarkdownSource?> Texts(SiteContent content) => content.FreePages.Select(p => p.Content).Prepend(content.HomeIntro);

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => FreePages.Pages(model);

    public override IEnumerable<SearchEntry> Search(SiteModel model) => FreePagesSearch.Entries(model);
}

/// <summary>The clerk's pages as every part of the build finds them.</summary>
public static class FreePagesOfSite
{
    extension(SiteContent content)
    {
        /// <summary>The clerk's pages, by their <c>order:</c>, then by address.</summary>
        public IReadOnlyList<FreePage> FreePages => content.Of<FreePagesContent>().Pages;

        /// <summary>The home page's introduction, when the clerk wrote one.</summary>
        public MarkdownSource? HomeIntro => content.Of<FreePagesContent>().HomeIntro;
    }
}
