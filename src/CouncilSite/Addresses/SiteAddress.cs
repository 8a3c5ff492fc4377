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

    /// <summary>The page a clerk's Markdown file becomes, where the file itself would be published: <c>/documents/plan.md</c> gives <c>/documents/plan/</c>.</summary>
    public static string PageOf(string fileAddress) => Path.ChangeExtension(fileAddress, null) + "/";

    /// <summary>The link from the page at <paramref name="from"/> to <paramref name="to"/>, both site addresses.</summary>
    /// <remarks>Every page asks for dozens of these, so they are worked out on the addresses' characters, not split into parts.</remarks>
    public static string Relative(string from, string to)
    {
        var hash = to.IndexOf('#');
        var fragment = hash < 0 ? default : to.AsSpan(hash);
        var target = (hash < 0 ? to.AsSpan() : to.AsSpan(0, hash)).TrimStart('/');
        var index = target.IsEmpty || target[^1] == '/' ? "index.html" : "";
        var fromFolder = Folder(from);

        // The folders the two share, compared by whole names; the target's file name is never one of them.
        var targetFolder = target[..(target.LastIndexOf('/') + 1)];
        var shared = 0;
        while (shared <= fromFolder.Length && targetFolder[shared..].IndexOf('/') is var slash and >= 0)
        {
            var name = targetFolder.Slice(shared, slash);
            var fromRest = fromFolder[shared..];
            if (!fromRest.StartsWith(name) || (fromRest.Length > name.Length && fromRest[name.Length] != '/'))
            {
                break;
            }

            shared += slash + 1;
        }

        // Past the end means every folder of the page was shared; at the end, one empty name ("/a//") is left.
        var up = fromFolder.IsEmpty || shared > fromFolder.Length ? 0 : fromFolder[shared..].Count('/') + 1;
        var rest = target[shared..];

        // A colon before the first slash would be read as a scheme: 'javascript:x.pdf' beside the page runs, not opens.
        var asScheme = up == 0 && rest.IndexOf(':') is var colon and >= 0 && rest[..colon].IndexOf('/') < 0;
        return string.Concat(asScheme ? "./" : Ups(up), rest, index, fragment);
    }

    /// <summary>
    /// An address as it stands in a full URL (a sitemap's, a feed's, a catalogue's): spaces, letters
    /// beyond ASCII and every other character a URL cannot hold are percent-encoded as UTF-8, and
    /// <c>/</c>, <c>?</c> and <c>#</c> keep their meaning.
    /// </summary>
    public static string Escape(string address)
    {
        if (!address.AsSpan().ContainsAnyExcept(UrlCharacters))
        {
            return address;
        }

        var url = new System.Text.StringBuilder(address.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in address.EnumerateRunes())
        {
            if (rune.IsAscii && UrlCharacters.Contains((char)rune.Value))
            {
                url.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                url.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return url.ToString();
    }

    /// <summary>RFC 3986's unreserved characters, its sub-delimiters, ':' and '@', and the separators of path, query and fragment.</summary>
    private static readonly System.Buffers.SearchValues<char> UrlCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?#");

    /// <summary>The site root seen from a page, e.g. <c>../../</c>; used for the stylesheet.</summary>
    public static string Root(string from)
    {
        var folder = Folder(from);
        return Ups(folder.IsEmpty ? 0 : folder.Count('/') + 1);
    }

    /// <summary>The folder of an address's output file, without slashes at either end: <c>meetings/2025</c> for <c>/meetings/2025/</c>.</summary>
    private static ReadOnlySpan<char> Folder(string address)
    {
        var path = address.AsSpan().TrimStart('/');
        return path[..Math.Max(0, path.LastIndexOf('/'))];
    }

    private static readonly string[] UpTo = [.. Enumerable.Range(0, 16).Select(n => string.Concat(Enumerable.Repeat("../", n)))];

    private static string Ups(int count) => count < UpTo.Length ? UpTo[count] : string.Concat(Enumerable.Repeat("../", count));
}
