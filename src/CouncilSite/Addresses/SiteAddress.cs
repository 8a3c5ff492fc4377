namespace CouncilSite.Addresses;

/// <summary>
/// Site addresses are written from the site root (<c>/meetings/</c>, <c>/data/spending.csv</c>).
/// In the output every one of them becomes a relative link, so the site works at a domain root,
/// in a sub-folder and opened from disk; page links name <c>index.html</c> for the last reason.
/// </summary>
public static class SiteAddress
{
    /// <summary>The output file of an address: <c>/about/</c> is <c>about/index.html</c>.</summary>
    public static string OutputPath(string address)
    {
        var path = address.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>The link from the page at <paramref name="from"/> to <paramref name="to"/>, both site addresses.</summary>
    public static string Relative(string from, string to)
    {
        var fragment = "";
        var hash = to.IndexOf('#');
        if (hash >= 0)
        {
            fragment = to[hash..];
            to = to[..hash];
        }

        var fromDirectory = Directory(OutputPath(from));
        var target = OutputPath(to);
        var fromParts = fromDirectory.Length == 0 ? [] : fromDirectory.Split('/');
        var toParts = target.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        return up + string.Join('/', toParts.Skip(common)) + fragment;
    }

    /// <summary>The site root seen from a page, e.g. <c>../../</c>; used for the stylesheet.</summary>
    public static string Root(string from)
    {
        var depth = Directory(OutputPath(from)) is { Length: > 0 } d ? d.Count(c => c == '/') + 1 : 0;
        return string.Concat(Enumerable.Repeat("../", depth));
    }

    private static string Directory(string outputPath)
    {
        var slash = outputPath.LastIndexOf('/');
        return slash < 0 ? "" : outputPath[..slash];
    }
}
