namespace CouncilSite.Addresses;

/// <summary>
/// The kinds of address a published link may use. Anything else (<c>javascript:</c>,
/// <c>data:</c>, <c>vbscript:</c>) could run a script or carry a page of its own, and is refused.
/// </summary>
public static class UrlSchemes
{
    private static readonly string[] Allowed = ["http", "https", "mailto", "tel", "ftp", "webcal", "sms", "geo"];

    /// <summary>The scheme written before the first colon (<c>https</c>), or null for a path or a relative link.</summary>
    public static string? Of(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var scheme = url[..colon];
        return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme : null;
    }

    public static bool IsAllowed(string scheme) => Allowed.Contains(scheme.ToLowerInvariant());

    /// <summary>
    /// Whether a browser following this address would stay with an allowed scheme. Browsers drop
    /// leading spaces and control characters and every tab and line break before they read the
    /// scheme, so <c>" java&#9;script:"</c> is read as they read it.
    /// </summary>
    public static bool IsSafeInBrowser(string url)
    {
        var read = string.Concat(url.TrimStart(BrowserTrimmed).Where(c => c is not ('\t' or '\n' or '\r')));
        return Of(read) is not { } scheme || IsAllowed(scheme);
    }

    private static readonly char[] BrowserTrimmed = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];
}
