using CouncilSite.Addresses;
using CouncilSite.Data;

namespace CouncilSite.Outputs.OpenData;

/// <summary>Where a dataset's page and downloads are published, as site addresses and, when site.yml gives the url, as full URLs.</summary>
public sealed record DatasetAddresses(DatasetData Data, string? SiteUrl)
{
    public string Page => Data.Address;

    public string Csv => Data.Dataset.FileAddress;

    public string Json => $"/data/{Data.Dataset.Slug}.json";

    public string Metadata => $"{Data.Dataset.FileAddress}-metadata.json";

    /// <summary>The full URL of an address, or null when the site's url is not known.</summary>
    public string? Full(string address) => SiteUrl is null ? null : SiteUrl + SiteAddress.Escape(address);
}
