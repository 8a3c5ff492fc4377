using CouncilSite.Addresses;
using CouncilSite.Search;

namespace CouncilSite.Sections.Search;

/// <summary>
/// The site's search index and what the search page lists of every section's entries: made once
/// per build, for the search page and the index's files. The entries' texts are let go once the
/// index is made: a large council's would otherwise be held until the last page is written.
/// </summary>
public sealed record SiteSearch(IReadOnlyList<SearchListing> Listed, SearchIndex Index)
{
    /// <summary>Where the index's files go, under the search page.</summary>
    public const string IndexFolder = "/search/index/";

    public static SiteSearch Of(SiteModel model) => model.Shared(Make);

    private static SiteSearch Make(SiteModel model)
    {
        var entries = model.Sections.SelectMany(s => s.Search(model)).ToList();
        var config = model.Content.Config;
        var labels = new ResultLabels(
            address => SiteAddress.Relative(SearchPage.Address, address),
            model.Format.Date,
            id => config.FindCommittee(id)?.Name);
        return new SiteSearch([.. entries.Select(e => new SearchListing(e.Address, e.Title, e.Kind))], SearchIndex.Build(entries, SearchLanguage.For(config.Language), labels, IndexFolder.TrimStart('/'), new IndexLayout()));
    }
}
