using CouncilSite.Addresses;
using CouncilSite.Data;
using CouncilSite.Sections.Datasets;
using CouncilSite.Site;

namespace CouncilSite.Outputs.OpenData;

/// <summary>Where a dataset's page and downloads are published, as site addresses and, when site.yml gives the url, as full URLs.</summary>
public sealed record DatasetAddresses(DatasetData Data, SiteConfig? Config)
{
    public string Page => Data.Address;

    public string Csv => Data.Dataset.FileAddress;

    public string Json => DatasetRoutes.Json(Data.Dataset.Slug);

    public string Metadata => DatasetRoutes.Metadata(Data.Dataset.FileAddress);

    /// <summary>The full URL of an address, or null when the site's url is not known.</summary>
    public string? Full(string address) => Config is null ? null : SiteIdentity.Absolute(Config, address);
}
