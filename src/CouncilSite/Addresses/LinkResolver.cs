namespace CouncilSite.Addresses;

public enum LinkKind
{
    /// <summary>A link to another website, an e-mail address or a phone number: left as written.</summary>
    External,

    /// <summary>A link within the same page (<c>#item-5</c>).</summary>
    Fragment,

    /// <summary>A link to an address of this site.</summary>
    Internal,

    /// <summary>A link that leads nowhere on this site.</summary>
    Broken,

    /// <summary>A link that would run script (<c>javascript:</c>).</summary>
    Unsafe,
}

public readonly record struct LinkResolution(LinkKind Kind, string Target);

/// <summary>
/// Follows a link as a clerk wrote it, in any of the three documented forms: relative to the
/// file (<c>../../policies/standing-orders.md</c>), from the site root as seen on the site
/// (<c>/policies/standing-orders/</c>), or a file in <c>static/</c> (<c>/images/sign.png</c>).
/// </summary>
public sealed class LinkResolver(AddressBook addresses)
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel", "ftp", "webcal", "sms", "geo"];

    public LinkResolution Resolve(string fromFile, string url)
    {
        url = url.Trim();
        if (url.Length == 0 || url.StartsWith('#'))
        {
            return new LinkResolution(LinkKind.Fragment, url);
        }

        if (Scheme(url) is { } scheme)
        {
            return SafeSchemes.Contains(scheme.ToLowerInvariant())
                ? new LinkResolution(LinkKind.External, url)
                : new LinkResolution(LinkKind.Unsafe, url);
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return new LinkResolution(LinkKind.External, url);
        }

        var (path, fragment) = SplitFragment(url);
        path = Uri.UnescapeDataString(path);
        var address = path.StartsWith('/') ? FromRoot(path) : FromFile(fromFile, path);
        return address is null
            ? new LinkResolution(LinkKind.Broken, url)
            : new LinkResolution(LinkKind.Internal, address + fragment);
    }

    private string? FromRoot(string path)
    {
        if (path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            path = path[..^"index.html".Length];
        }

        foreach (var candidate in new[] { path, path + "/" })
        {
            if (addresses.Contains(candidate))
            {
                return candidate;
            }
        }

        // A clerk may also write a content file's path from the top of the folder.
        return addresses.AddressOfSource(path.TrimStart('/'));
    }

    private string? FromFile(string fromFile, string path)
    {
        var folder = fromFile.Contains('/') ? fromFile[..fromFile.LastIndexOf('/')] : "";
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in path.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        var source = string.Join('/', parts);
        return addresses.AddressOfSource(source)
            ?? addresses.AddressOfSource(source + "/index.md")
            ?? addresses.AddressOfSource(source.TrimEnd('/') + ".md");
    }

    private static (string Path, string Fragment) SplitFragment(string url)
    {
        var query = url.IndexOf('?');
        if (query >= 0)
        {
            var hashAfter = url.IndexOf('#', query);
            url = url[..query] + (hashAfter >= 0 ? url[hashAfter..] : "");
        }

        var hash = url.IndexOf('#');
        return hash < 0 ? (url, "") : (url[..hash], url[hash..]);
    }

    private static string? Scheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var scheme = url[..colon];
        return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme : null;
    }
}
