namespace CouncilSite.Build.Publishing;

/// <summary>Where a path really leads once every link (shortcut) in it is followed, so two names for one folder compare equal.</summary>
internal static class RealPath
{
    /// <summary>Links followed before giving up on a loop of them, as the system does.</summary>
    private const int MostLinks = 40;

    /// <summary>The full path with every link resolved; the part that does not exist yet is kept as written.</summary>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target && ++links <= MostLinks)
            {
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }
            else if (!info.Exists && !Directory.Exists(next))
            {
                return Path.Combine([next, .. parts[(i + 1)..]]);
            }

            current = next;
        }

        return current;
    }
}
