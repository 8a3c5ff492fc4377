using CouncilSite.Search;
using CouncilSite.Transparency;

namespace CouncilSite.Sections.Transparency;

/// <summary>What the site's search finds of the transparency page: the code it follows and what that asks for, item by item.</summary>
public static class TransparencySearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model)
    {
        if (TransparencyRules.For(model.Content.Config.Transparency) is not { } regime)
        {
            yield break;
        }

        var format = model.Format;
        yield return new SearchEntry(TransparencyPage.Address, format.Text("transparency.title"), SearchKind.Pages,
            SearchText.Lines([
                format.Text("transparency.description", ("council", model.Content.Config.Name), ("regime", TransparencyWords.Name(regime, format))),
                .. regime.Rules.SelectMany(r => new[] { TransparencyWords.Title(r, format), TransparencyWords.Requirement(r, format) })]));
    }
}
