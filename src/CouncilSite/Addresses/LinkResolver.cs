using CouncilSite.Diagnostics;
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
/// <param name="AboveRoot">Whether the link, written from the site root, has a '../' that climbs above it.</param>
public sealed record BrokenLink(string? ExistingFile, string? Suggestion, bool AboveRoot = false);

/// <summary>
/// Follows a link as a clerk wrote it, in any of the three documented forms: relative to the
/// file (<c>../../policies/standing-orders.md</c>), from the site root as seen on the site
/// (<c>/policies/standing-orders/</c>), or a file in <c>static/</c> (<c>/images/sign.png</c>);
/// and a full address of the site itself, which is taken as the site-root form.
/// </summary>
/// <param name="inFolder">Whether a relative path names a file or folder in the site folder.</param>
/// <param name="ownSite">The site's own address (site.yml's <c>url</c>), when it has one.</param>
public sealed class LinkResolver(AddressBook addresses, Func<string, bool> inFolder, OwnSiteAddress? ownSite = null)
{
    private readonly NearPaths _nearAddresses = new(addresses.Addresses.Select(a => a.TrimStart('/')), withoutMd: false);
    private readonly NearPaths _nearSources = new(addresses.Sources, withoutMd: true);

    public LinkResolution Resolve(string fromFile, string url)
    {
        url = url.Trim();
        if (url.Length == 0 || url.StartsWith('#'))
        {
            return new LinkResolution(LinkKind.Fragment, url);
        }

        if (ownSite?.Split(url) is { } own)
        {
            var resolved = Resolve(fromFile, own.FromRoot);
            return resolved.Kind == LinkKind.Internal ? resolved : new LinkResolution(LinkKind.Broken, url);
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
    /// <param name="nearest">
    /// Whether to look among the site's names for the nearest to a misspelt one, which on a large
    /// site is most of the work; the cheap corrections (a '../' too many or too few, a missing '/')
    /// are given either way.
    /// </param>
    public BrokenLink Diagnose(string fromFile, string url, bool nearest = true)
    {
        url = url.Trim();
        if (ownSite?.Split(url) is { } own)
        {
            var fromRoot = Diagnose(fromFile, own.FromRoot, nearest);
            return fromRoot with { Suggestion = fromRoot.Suggestion is { } root ? own.Site + root : null };
        }

        var (written, fragment) = SplitFragment(url);
        var path = Uri.UnescapeDataString(written);
        if (path.StartsWith('/'))
        {
            // '/images/../favicon.svg' names the file '/favicon.svg', as a browser reads it; '/../' goes nowhere above the root.
            var (flat, aboveRoot) = Flattened(path);
            var named = flat == "/" ? null : new[] { flat.TrimStart('/'), "static" + flat }.FirstOrDefault(inFolder);
            var near = flat != path && Resolve(fromFile, flat).Kind == LinkKind.Internal
                ? flat
                : nearest && _nearAddresses.For(flat.TrimStart('/')) is { } found ? "/" + found : null;
            return new BrokenLink(aboveRoot ? null : named, near is null ? null : near + fragment, aboveRoot);
        }

        var source = SourcePath(fromFile, path);
        var asFolder = written.EndsWith('/');
        var atRoot = source is null ? null : AtRoot(fromFile, source, asFolder);
        var suggestion = Reclimbed(fromFile, written) ?? FromTop(fromFile, written) ?? atRoot ?? (nearest ? NearestFile(fromFile, source, asFolder) : null);
        return new BrokenLink(source is not null && atRoot is null && inFolder(source) ? source : null, suggestion is null ? null : suggestion + fragment);
    }

    /// <summary>
    /// The site-root link to a folder of the site folder whose page the site makes itself
    /// (<c>/policies/</c> for <c>../../policies/</c>), which a relative link cannot reach.
    /// </summary>
    private string? AtRoot(string fromFile, string source, bool asFolder)
    {
        var root = "/" + source + (asFolder ? "/" : "");
        return Resolve(fromFile, root).Kind == LinkKind.Internal ? root : null;
    }

    /// <summary>The link with one <c>../</c> fewer or one more, when that leads somewhere: the commonest slip in a relative link.</summary>
    private string? Reclimbed(string fromFile, string written)
    {
        var bare = written.StartsWith("./", StringComparison.Ordinal) ? written[2..] : written;
        string[] tries = bare.StartsWith("../", StringComparison.Ordinal) ? [bare[3..], "../" + bare] : ["../" + bare];
        return tries.FirstOrDefault(link => link.Length > 0 && Resolve(fromFile, link).Kind == LinkKind.Internal);
    }

    /// <summary>A path from the top of the site folder written without its leading '/' (<c>meetings/2026-01-15-full-council/</c> from a meeting's minutes).</summary>
    private string? FromTop(string fromFile, string written) =>
        written.StartsWith('.') || Resolve(fromFile, "/" + written).Kind != LinkKind.Internal ? null : "/" + written;

    /// <summary>The published file whose folders and name are each nearest to those of <paramref name="source"/>, relative to the linking file.</summary>
    private string? NearestFile(string fromFile, string? source, bool asFolder)
    {
        var nearest = source is null ? null : _nearSources.For(source);
        if (nearest is null)
        {
            return null;
        }

        var folder = fromFile.Contains('/') ? fromFile[..fromFile.LastIndexOf('/')] : ".";
        var relative = Path.GetRelativePath(folder, nearest).Replace('\\', '/') + (asFolder ? "/" : "");
        return Resolve(fromFile, relative).Kind == LinkKind.Internal ? relative : AtRoot(fromFile, nearest, asFolder);
    }

    /// <summary>A path from the site root with '.' and '..' worked out, and whether a '..' climbed above the root (where it stays, as in a browser).</summary>
    private static (string Path, bool AboveRoot) Flattened(string path)
    {
        var parts = new List<string>();
        var aboveRoot = false;
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    aboveRoot = true;
                }
                else
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("" or "."))
            {
                parts.Add(part);
            }
        }

        var asFolder = parts.Count > 0 && (path.EndsWith('/') || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal));
        return ("/" + string.Join('/', parts) + (asFolder ? "/" : ""), aboveRoot);
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
