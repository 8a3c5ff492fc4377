namespace CouncilSite.Addresses;

/// <summary>
/// Where one language's pages and files live. The default language's are at the site root; each
/// other language's pages, feeds, calendars and search index are under its prefix (<c>/cy/about/</c>),
/// while the files published once for every language (the clerk's PDFs and photos, the theme's
/// assets, the sitemap) stay at the root. Sections write every address as the default language has
/// it (<c>/about/</c>); this places it.
/// </summary>
/// <param name="tag">The language's tag, as pages in it carry it.</param>
/// <param name="prefix">The language's prefix, <c>/cy</c>; empty for the default language.</param>
/// <param name="prefixes">Every language's prefix but the default's: an address already under one is placed as written.</param>
/// <param name="shared">The addresses of the files every language shares.</param>
public sealed class LanguageAddresses(string tag, string prefix, IReadOnlyList<string> prefixes, IReadOnlySet<string> shared)
{
    /// <summary>A site in one language: every address as written.</summary>
    public static LanguageAddresses Root { get; } = new("", "", [], new HashSet<string>());

    public string Tag => tag;

    public string Prefix => prefix;

    /// <summary>True for an address of this language's own pages (a page under another language's prefix is not).</summary>
    public bool Holds(string address) => prefix.Length > 0 ? IsUnder(address, prefix) : !prefixes.Any(p => IsUnder(address, p));

    /// <summary>Where an address written as the default language has it is in this language: <c>/about/</c> is <c>/cy/about/</c>.</summary>
    public string Place(string address)
    {
        if (prefix.Length == 0 || !address.StartsWith('/'))
        {
            return address;
        }

        var hash = address.IndexOf('#');
        var path = hash < 0 ? address : address[..hash];
        return shared.Contains(path) || path.StartsWith(SharedFolder, StringComparison.Ordinal) || prefixes.Any(p => IsUnder(path, p))
            ? address
            : prefix + address;
    }

    /// <summary>An address of this language as the default language has it: <c>/cy/about/</c> is <c>/about/</c>.</summary>
    public string Unplace(string address) => prefix.Length > 0 && IsUnder(address, prefix) ? address[prefix.Length..] : address;

    /// <summary>The theme's assets: one stylesheet and script for every language.</summary>
    private const string SharedFolder = "/assets/";

    private static bool IsUnder(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] == '/');
}
