using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Search;

/// <summary>
/// The site's search: the <c>/search/</c> page (an A-Z index of the site without JavaScript) and
/// the index files its script loads, made from what every section offers (<see cref="Section.Search"/>).
/// </summary>
public sealed class SearchSection : Section
{
    public override IReadOnlyList<string> Folders => ["search"];

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => [SearchPage.Page(model)];

    public override IEnumerable<OutputFile> Files(SiteModel model) => SiteSearch.Of(model).Index.Files;
}
