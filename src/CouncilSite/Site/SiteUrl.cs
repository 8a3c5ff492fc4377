namespace CouncilSite.Site;

/// <summary>
/// What site.yml's <c>url</c> may be: the address every canonical link, the sitemap and the feeds
/// start with, so anything in it is published on every page. <c>councilsite new</c> asks the same.
/// </summary>
public static class SiteUrl
{
    public const string Hint = "Write the full address, e.g. 'url: https://www.littlebramford-pc.gov.uk'.";

    /// <summary>Why the address cannot be the site's, or null when it can.</summary>
    public static string? Problem(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
        {
            return $"'{url}' is not a web address.";
        }

        if (url.Any(char.IsWhiteSpace))
        {
            return $"'{url}' has a space in it, and a web address has none.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return $"'{url}' has a user name or password in it (the part before the @), which would be published in every page's links: give the address without it.";
        }

        return uri.Query.Length > 0 || uri.Fragment.Length > 0 || url.Contains('?') || url.Contains('#')
            ? $"'{url}' has a part starting with ? or #, which would end up in the middle of every page's address: give the address without it."
            : null;
    }
}
