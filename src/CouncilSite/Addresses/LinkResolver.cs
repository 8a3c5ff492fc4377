using CouncilSite.Site;

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

/// <param name="ExistingFile">The file in the site folder the link names, when it is there but has no address (it may have failed to load).</param>
/// <param name="Suggestion">The nearest real target, in the form the clerk wrote the link, or null.</param>
public sealed record BrokenLink(string? ExistingFile, string? Suggestion);

/// <summary>
/// Follows a link as a clerk wrote it, in any of the three documented forms: relative to the
/// file (<c>../../policies/standing-orders.md</c>), from the site root as seen on the site
/// (<c>/policies/standing-orders/</c>), or a file in <c>static/</c> (<c>/images/sign.png</c>).
/// </summary>
/// <param name="inFolder">Whether a relative path names a file or folder in the site folder.</param>
public sealed class LinkResolver(AddressBook addresses, Func<string, bool> inFolder)
{
    public LinkResolution Resolve(string fromFile, string url)
    {
        url = url.Trim();
        if (url.Length == 0 || url.StartsWith('#'))
        {
            return new LinkResolution(LinkKind.Fragment, url);
        }

        if (UrlSchemes.Of(url) is { } scheme)
        {
            return UrlSchemes.IsAllowed(scheme)
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

        // A file's name as it is in the folder (/images/Village Sign.png) is published folded (/images/village-sign.png).
        return Published(path)
            ?? (AddressNames.Path(path.Trim('/')) is { } names ? Published($"/{names}{(path.EndsWith('/') ? "/" : "")}") : null)
            ?? addresses.AddressOfSource(path.TrimStart('/')); // A clerk may also write a content file's path from the top of the folder.
    }

    /// <summary>The address as written, or with the slash a page's address ends with; null when the site has neither.</summary>
    private string? Published(string path) =>
        addresses.Contains(path) ? path : addresses.Contains(path + "/") ? path + "/" : null;

    private string? FromFile(string fromFile, string path)
    {
        var source = SourcePath(fromFile, path);
        return source is null
            ? null
            : addresses.AddressOfSource(source)
              ?? addresses.AddressOfSource(source + "/index.md")
              ?? addresses.AddressOfSource(source.TrimEnd('/') + ".md");
    }

    /// <summary>
    /// What to tell the clerk about a link <see cref="Resolve"/> found broken: the file in the site
    /// folder it names (when that file exists but failed to load, its own message explains the
    /// problem and this link need not be reported), and the nearest real target, written the way
    /// the clerk wrote the link.
    /// </summary>
    public BrokenLink Diagnose(string fromFile, string url)
    {
        var (path, _) = SplitFragment(url.Trim());
        path = Uri.UnescapeDataString(path);
        if (path.StartsWith('/'))
        {
            var suggestion = LinkSuggestions.Nearest(path, addresses.Addresses);
            var named = new[] { path.TrimStart('/'), "static" + path }.FirstOrDefault(inFolder);
            return new BrokenLink(named, suggestion);
        }

        var source = SourcePath(fromFile, path);
        if (source is null)
        {
            return new BrokenLink(null, null);
        }

        var nearest = LinkSuggestions.Nearest(source, addresses.Sources);
        var folder = fromFile.Contains('/') ? fromFile[..fromFile.LastIndexOf('/')] : "";
        var relative = nearest is null ? null : Path.GetRelativePath(folder.Length == 0 ? "." : folder, nearest).Replace('\\', '/');
        return new BrokenLink(inFolder(source) ? source : null, relative);
    }

    /// <summary>A relative path joined to the linking file's folder; null when it climbs out of the site folder.</summary>
    private static string? SourcePath(string fromFile, string path) =>
        SiteFolder.Normalise(SiteFolder.Join(fromFile.Contains('/') ? fromFile[..fromFile.LastIndexOf('/')] : "", path));

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
}
