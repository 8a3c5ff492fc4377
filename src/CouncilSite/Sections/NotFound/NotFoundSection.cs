using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.NotFound;

/// <summary>The page hosts serve for an address the site does not have.</summary>
public sealed class NotFoundSection : Section
{
    public override IEnumerable<HtmlPage> Pages(SiteModel model) => [NotFoundPage.Page(model)];
}
