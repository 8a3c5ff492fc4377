using CouncilSite.Search;

namespace CouncilSite.Tests.Support;

/// <summary>What the example council offers the site's search, worked out once for these tests.</summary>
public sealed class ExampleSiteSearch
{
    public static readonly DateOnly Today = new(2026, 12, 3);

    public IReadOnlyList<SearchEntry> Entries { get; } = SiteSearch.Entries(ExampleSiteBuild.SiteFolder, Today);

    public SearchEntry At(string address) => Assert.Single(Entries, e => e.Address == address);

    public IEnumerable<SearchEntry> Of(SearchKind kind) => Entries.Where(e => e.Kind == kind);
}
