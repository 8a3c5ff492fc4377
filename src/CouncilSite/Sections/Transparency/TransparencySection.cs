using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;

namespace CouncilSite.Sections.Transparency;

/// <summary>The transparency checklist: what the council's code asks for, checked against the other sections' content.</summary>
public sealed class TransparencySection : Section
{
    public override IReadOnlyList<string> Folders => ["transparency"];

    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) =>
        content.Config.Transparency != "none" ? [new(format.Text("transparency.title"), TransparencyPage.Address, "transparency")] : [];

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => TransparencyPage.Pages(model);

    public override IEnumerable<SearchEntry> Search(SiteModel model) => TransparencySearch.Entries(model);
}
