using System.Text.RegularExpressions;
using CouncilSite.Addresses;
using CouncilSite.Site;

namespace CouncilSite.Outputs;

/// <summary>
/// How files read by other programs (feeds, calendars, JSON) name the site and its pages. They
/// need full addresses: with <c>url</c> in site.yml these are web addresses; without it, ids are
/// <c>tag:</c> URIs made from the council's name, stable from build to build, and links stay relative.
/// </summary>
public static partial class SiteIdentity
{
    /// <summary>The tagging authority and date of tag: URIs (RFC 4151); fixed, so ids never change.</summary>
    public const string TagAuthority = "councilsite,2018";

    /// <summary>The council's name as an id: "Little Bramford Parish Council" is <c>little-bramford-parish-council</c>.</summary>
    public static string Slug(SiteConfig config) => NotAlphanumeric().Replace(config.Name.ToLowerInvariant(), "-").Trim('-');

    /// <summary>The full address of a site address, or null when the site's <c>url</c> is not known.</summary>
    public static string? Absolute(SiteConfig config, string address) => config.Url is null ? null : config.Url + SiteAddress.Escape(config.Addresses.Place(address));

    /// <summary>A permanent id for a site address: its full address, else a tag: URI.</summary>
    public static string Id(SiteConfig config, string address) => Absolute(config, address) ?? $"tag:{TagAuthority}:{Slug(config)}{SiteAddress.Escape(address)}";

    /// <summary>The domain that vouches for ids such as calendar UIDs: the site's host, else the council's name under <c>councilsite</c>.</summary>
    public static string Domain(SiteConfig config) => config.Url is { } url ? new Uri(url).Host : $"{Slug(config)}.councilsite";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAlphanumeric();
}
