using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.NotFound;

/// <summary>
/// <c>/404.html</c>, which hosts serve for any missing address, at any depth. Relative links
/// cannot work from an unknown depth, so when site.yml gives the site's url the page sets
/// <c>&lt;base href&gt;</c> to it and its links start from there.
/// </summary>
public static class NotFoundPage
{
    public const string Address = "/404.html";

    public static HtmlPage Page(SiteModel model) =>
        new(Address, model.Format.Text("not_found.title"), "404", [], new NotFoundPageModel());
}
