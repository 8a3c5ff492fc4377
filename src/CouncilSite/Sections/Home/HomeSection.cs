using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Home;

/// <summary>The home page, made from the other sections (its introduction is <c>pages/index.md</c>, read with the clerk's pages).</summary>
public sealed class HomeSection : Section
{
    public override IEnumerable<HtmlPage> Pages(SiteModel model) => [HomePage.Page(model)];
}
