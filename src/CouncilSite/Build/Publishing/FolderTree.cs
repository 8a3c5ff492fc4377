using System.IO.Enumeration;

namespace CouncilSite.Build.Publishing;

/// <summary>
/// Walks and removes folders without ever following a link (a shortcut) in them, so a link
/// someone put in the output can never lead the build to read or delete what it points at.
/// </summary>
internal static class FolderTree
{
    public readonly record struct FileState(long Length, DateTime Modified);

    /// <summary>What a folder holds: its files and folders by relative path (forward slashes), and the links found in it, which are not followed.</summary>
    public sealed record Contents(Dictionary<string, FileState> Files, IReadOnlyList<string> Folders, IReadOnlyList<string> Links);

    public static Contents Read(string root)
    {
        var files = new Dictionary<string, FileState>(StringComparer.Ordinal);
        var folders = new List<string>();
        var links = new List<string>();
        if (!Directory.Exists(root))
        {
            return new Contents(files, folders, links);
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<(string Path, bool IsLink, bool IsFolder, FileState State)>(root,
            (ref FileSystemEntry e) => (Relative(root, e.ToFullPath()), IsLink(ref e), e.IsDirectory, new FileState(e.Length, e.LastWriteTimeUtc.UtcDateTime)),
            options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(ref e),
        };
        foreach (var (path, isLink, isFolder, state) in entries)
        {
            if (isLink)
            {
                links.Add(path);
            }
            else if (isFolder)
            {
                folders.Add(path);
            }
            else
            {
                files[path] = state;
            }
        }

        links.Sort(StringComparer.Ordinal);
        folders.Sort(StringComparer.Ordinal);
        return new Contents(files, folders, links);
    }

    /// <summary>Removes a folder and everything in it; a link, there or inside, is removed itself, never what it points at.</summary>
    public static void Delete(string folder)
    {
        var root = new DirectoryInfo(folder);
        if (root.LinkTarget is not null)
        {
            RemoveLink(root);
            return;
        }

        foreach (var entry in root.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
        {
            if (entry.LinkTarget is not null)
            {
                RemoveLink(entry);
            }
            else if (entry is DirectoryInfo inner)
            {
                Delete(inner.FullName);
            }
            else
            {
                entry.Delete();
            }
        }

        root.Delete();
    }

    /// <summary>Gives <paramref name="copy"/> the file's bytes and timestamp: a hard link where the disk has them, else a copy.</summary>
    public static void LinkOrCopy(string file, string copy, FileState state)
    {
        if (NativeFiles.TryHardLink(file, copy))
        {
            return;
        }

        File.Copy(file, copy);
        File.SetLastWriteTimeUtc(copy, state.Modified);
    }

    public static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Unlinks a link to a folder without opening the folder (Windows removes such a link as a folder).</summary>
    public static void RemoveLink(FileSystemInfo link)
    {
        if (OperatingSystem.IsWindows() && link is DirectoryInfo)
        {
            Directory.Delete(link.FullName);
        }
        else
        {
            File.Delete(link.FullName);
        }
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
