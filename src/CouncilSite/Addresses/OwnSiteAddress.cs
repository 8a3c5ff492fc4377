namespace CouncilSite.Addresses;

/// <summary>
/// A link a clerk wrote as a full address of the council's own site
/// (<c>https://www.littlebramford-pc.gov.uk/meetings/</c>, copied from the browser's address bar).
/// It is checked like the same link written from the site root, and published as a relative link,
/// so that it works at a test address and from disk too. The host is compared without its case
/// and without a leading <c>www.</c>, and <c>http:</c> counts the same as <c>https:</c>.
/// </summary>
public sealed class OwnSiteAddress
{
    private readonly string _host;
    private readonly int _port;
    private readonly bool _defaultPort;

    /// <summary>The url's own path (<c>/parish</c> when the site is published in a sub-folder), or empty.</summary>
    private readonly string _prefix;

    private OwnSiteAddress(Uri site)
    {
        _host = WithoutWww(site.IdnHost);
        _port = site.Port;
        _defaultPort = site.IsDefaultPort;
        _prefix = site.AbsolutePath.TrimEnd('/');
    }

    /// <summary>The site at site.yml's <c>url</c>; null without one.</summary>
    public static OwnSiteAddress? Of(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var site) && site.Host.Length > 0 ? new OwnSiteAddress(site) : null;

    /// <summary>
    /// The link split into the site's address as written (<c>https://www.littlebramford-pc.gov.uk</c>)
    /// and the rest as from the site root (<c>/meetings/#2026</c>); null when it is not an address of this site.
    /// </summary>
    public (string Site, string FromRoot)? Split(string url)
    {
        var afterScheme = url.StartsWith("//", StringComparison.Ordinal) ? 0
            : url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "https:".Length
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http:".Length
            : -1;
        if (afterScheme < 0)
        {
            return null;
        }

        var hostStart = afterScheme + 2;
        var pathStart = url.IndexOfAny(['/', '?', '#'], hostStart);
        pathStart = pathStart < 0 ? url.Length : pathStart;
        if (!Uri.TryCreate("https://" + url[hostStart..pathStart], UriKind.Absolute, out var written)
            || WithoutWww(written.IdnHost) != _host
            || !(written.Port == _port || (written.IsDefaultPort && _defaultPort)))
        {
            return null;
        }

        var path = url[pathStart..];
        if (!path.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase)
            || (path.Length > _prefix.Length && path[_prefix.Length] is not ('/' or '?' or '#')))
        {
            return null;
        }

        var siteEnd = pathStart + _prefix.Length;

        // 'https://site//evil.example' must not become the link '//evil.example', which leads to another website.
        var rest = "/" + url[siteEnd..].TrimStart('/');
        return (url[..siteEnd], rest);
    }

    private static string WithoutWww(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
