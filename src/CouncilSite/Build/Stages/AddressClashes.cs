using CouncilSite.Diagnostics;
using CouncilSite.Site;

namespace CouncilSite.Build.Stages;

/// <summary>Two files at one path, or a file where the site has a folder: neither could be written, so each is the clerk's error.</summary>
public static class AddressClashes
{
    /// <param name="files">Every file the build makes, by output path, with the clerk's file it is copied from (if it is).</param>
    public static void Report(IReadOnlyList<(string Path, string? CopyFrom)> files, SiteFolder folder, DiagnosticBag diagnostics)
    {
        string Blame(IEnumerable<(string Path, string? CopyFrom)> clash, string path) =>
            clash.FirstOrDefault(f => f.CopyFrom is not null).CopyFrom is { } copied ? Path.GetRelativePath(folder.Root, copied).Replace('\\', '/') : path;

        // Grouped only when some path is there twice: the site's tens of thousands of paths are otherwise all different.
        var paths = new HashSet<string>(files.Count, StringComparer.OrdinalIgnoreCase);
        var twice = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, _) in files)
        {
            if (!paths.Add(path))
            {
                twice.Add(path);
            }
        }

        foreach (var clash in files.Where(f => twice.Contains(f.Path)).GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(Blame(clash, clash.Key), 0, 0, DiagnosticCodes.AddressClash,
                $"Two files would be published as {clash.Key}.",
                "Rename the file in static/ (or the page) so that each has its own address.");
        }

        // A file named like a folder of the site (static/about beside pages/about.md) could not be written either.
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var known = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (path, _) in files)
        {
            // Looked up without copying each folder's name; a folder already known has its own folders above it known too.
            var slash = path.LastIndexOf('/');
            while (slash > 0 && known.Add(path.AsSpan(0, slash)))
            {
                slash = path.LastIndexOf('/', slash - 1);
            }
        }

        foreach (var file in files.Where(f => folders.Contains(f.Path)))
        {
            diagnostics.Error(Blame([file], file.Path), 0, 0, DiagnosticCodes.AddressClash,
                $"This would be published as the file {file.Path}, but the site has a folder of pages with that name.",
                "Rename the file, keeping its ending such as .pdf or .jpg, so that it has its own address.");
        }
    }
}
