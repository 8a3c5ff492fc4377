namespace CouncilSite.Site;

/// <summary>
/// Where a path really leads, with every link on the way followed, as the operating system
/// follows them when it opens the file. .NET resolves only the last link of a path
/// (<see cref="FileSystemInfo.ResolveLinkTarget"/>), and treats '..' as text, so a link
/// in a folder above, or a '..' after a link, would be missed.
/// </summary>
internal static class RealPath
{
    /// <summary>As many links as Linux follows before it gives up (ELOOP).</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path of an absolute path, or null when its links go round in a loop.</summary>
    public static string? Of(string path)
    {
        var root = Path.GetPathRoot(path);
        if (string.IsNullOrEmpty(root))
        {
            return null;
        }

        var pending = new Stack<string>();
        Push(pending, path[root.Length..]);
        var resolved = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    // What is resolved so far holds no links, so its parent is the real parent.
                    resolved = Path.GetDirectoryName(resolved) ?? resolved;
                    continue;
            }

            var next = Path.Join(resolved, part);
            if (Target(next) is not { } target)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target)!;
                target = target[resolved.Length..];
            }

            Push(pending, target);
        }

        return resolved;
    }

    /// <summary>The text of a link, or null for anything that is not one (a file, a folder, nothing at all).</summary>
    public static string? Target(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be searched cannot be opened through either, so it leads nowhere new.
            return null;
        }
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.None);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
