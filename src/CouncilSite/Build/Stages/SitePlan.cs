using CouncilSite.Addresses;
using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Language;
using CouncilSite.Rendering.Theme;

namespace CouncilSite.Build.Stages;

/// <summary>
/// The Model stage's result: every page and file the site will have, checked, and all the Render
/// stage needs to draw the pages.
/// </summary>
/// <param name="Files">Every file other than the pages: the clerk's files copied, the theme's assets, feeds, calendars, open data, the sitemap.</param>
/// <param name="Links">Resolves the links the clerk wrote against every address of the site.</param>
/// <param name="Translations">The words of every language the pages are in, which the theme's <c>t</c> reads.</param>
/// <param name="Styles">The theme's stylesheet, written into the 404 page itself (see <see cref="PageRenderer"/>).</param>
/// <param name="LoopLimit">How many turns the theme's loops may take: enough for the site's longest list.</param>
/// <param name="Sites">Each language's view of the site and where its pages live, the default language first.</param>
public sealed record SitePlan(
    IReadOnlyList<LanguageSite> Sites,
    IReadOnlyList<HtmlPage> Pages,
    PlannedFiles Files,
    LinkResolver Links,
    Templates Templates,
    Translations Translations,
    string? Styles,
    int LoopLimit)
{
    /// <summary>The site in its default language.</summary>
    public SiteView Site => Sites[0].View;
}
