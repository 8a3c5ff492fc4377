using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Home;

namespace CouncilSite.Sections.FreePages;

/// <summary>The clerk's own pages from <c>pages/</c>.</summary>
public static class FreePages
{
    public static IEnumerable<HtmlPage> Pages(SiteModel model) =>
        model.Content.FreePages.Select(p => new HtmlPage(p.Address, p.Title, p.Nav ? p.Slug : "page", [HomePage.Crumb(model.Format)],
            new MarkdownPageModel(p.Extra), p.Content, p.Description, Sources: [p.Content.File]));
}
