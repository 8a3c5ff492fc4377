using CouncilSite.Addresses;
using CouncilSite.Search;

namespace CouncilSite.Sections.Search;

/// <summary>What every section offers the search, and its index: made once per build, for the search page and the index's files.</summary>
public sealed record SiteSearch(IReadOnlyList<SearchEntry> Entries, SearchIndex Index)
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
        return new SiteSearch(entries, SearchIndex.Build(entries, SearchLanguage.For(config.Language), labels, IndexFolder.TrimStart('/'), new IndexLayout()));
    }
}
