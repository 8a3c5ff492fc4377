using System.Runtime.CompilerServices;
using System.Text;
using CouncilSite.Diagnostics;

namespace CouncilSite.Site;

/// <summary>
/// The only way the generator reads the clerk's folder. It refuses links that lead outside the
/// folder, so building a site can never publish a file from elsewhere on the computer.
/// </summary>
public sealed class SiteFolder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly DiagnosticBag _diagnostics;

    /// <summary>The real path of the root (links followed), which every real path read must lie in.</summary>
    private readonly string _realRoot;

    private readonly string _realRootWithSeparator;

    private readonly IReadOnlySet<string> _skip;

    /// <summary>The real paths of folders already met (null: links that go round): every file below asks about the same folders above it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _realFolders;

    /// <summary>Set once any view of the folder meets a link, shared by all views (see <see cref="MetLink"/>).</summary>
    private readonly StrongBox<bool> _metLink;

    /// <summary>A preview session's listings from earlier builds, or null.</summary>
    private readonly FolderListings? _listings;

    /// <summary>The site's languages: a translation (<c>about.cy.md</c>) is read with its original, never listed as a file of its own.</summary>
    private readonly SiteLanguages? _languages;

    /// <param name="skip">Folders to ignore (relative, forward slashes, at any depth), e.g. the output folder when it sits inside.</param>
    /// <param name="listings">Listings a preview session kept from its earlier builds, valid for this one.</param>
    public SiteFolder(string root, DiagnosticBag diagnostics, IReadOnlySet<string>? skip = null, FolderListings? listings = null)
        : this(Path.GetFullPath(root), diagnostics, skip ?? new HashSet<string>(), new(StringComparer.Ordinal), new StrongBox<bool>(), listings)
    {
    }

    private SiteFolder(string root, DiagnosticBag diagnostics, IReadOnlySet<string> skip,
        System.Collections.Concurrent.ConcurrentDictionary<string, string?> realFolders, StrongBox<bool> metLink, FolderListings? listings, SiteLanguages? languages = null)
    {
        _languages = languages;
        Root = root;
        _realRoot = Path.TrimEndingDirectorySeparator(RealPath.Of(root) ?? root);
        _realRootWithSeparator = _realRoot + Path.DirectorySeparatorChar;
        _diagnostics = diagnostics;
        _skip = skip;
        _realFolders = realFolders;
        _metLink = metLink;
        _listings = listings;
    }

    public string Root { get; }

    /// <summary>
    /// True once this folder, or any view of it, has met a link (shortcut) inside the site. A
    /// watcher sees edits to the linked file under its own name, not the link's, so a preview
    /// cannot trust its list of changed files for such a folder.
    /// </summary>
    public bool MetLink => _metLink.Value;

    /// <summary>The same folder, reporting its messages to another bag (one part of the site's, kept with that part).</summary>
    public SiteFolder ReportingTo(DiagnosticBag diagnostics) => new(Root, diagnostics, _skip, _realFolders, _metLink, _listings, _languages);

    /// <summary>The same folder, for a site in more than one language: its listings leave out the translations, which are read with their originals.</summary>
    public SiteFolder In(SiteLanguages languages) => new(Root, _diagnostics, _skip, _realFolders, _metLink, _listings, languages.IsBilingual ? languages : null);

    /// <summary>Every translation in the folder (<c>about.cy.md</c>), which <see cref="Files"/> leaves out.</summary>
    public IReadOnlyList<string> Translations() =>
        _languages is null ? [] : Listed("", recursive: true).Where(_languages.IsTranslation).ToList();

    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public bool FileExists(string relative) => File.Exists(FullPath(relative)) && IsInside(relative);

    public bool DirectoryExists(string relative) => Directory.Exists(FullPath(relative)) && IsInside(relative);

    /// <summary>True when a file is there under this name, wherever it leads: to tell a missing file from one refused.</summary>
    public bool FileIsThere(string relative) => File.Exists(FullPath(relative));

    /// <summary>
    /// A path a clerk wrote in a setting (a photo, a theme), with '.' and '..' worked out, when it
    /// and every link on its way stay inside the site folder; null when it leads outside.
    /// </summary>
    public string? Within(string relative) => Normalise(relative) is { } normal && IsInside(normal) ? normal : null;

    /// <summary>A relative path with '.' and '..' worked out as text; null when it climbs above the site folder.</summary>
    public static string? Normalise(string relative)
    {
        var parts = new List<string>();
        foreach (var part in relative.Split('/'))
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
                    continue;
                default:
                    parts.Add(part);
                    continue;
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>
    /// Files below a folder (relative, forward slashes, sorted), skipping hidden files and
    /// refusing with a message any file or folder that is a link to somewhere outside the site.
    /// </summary>
    public IReadOnlyList<string> Files(string relativeFolder, bool recursive = true) =>
        _languages is null ? Listed(relativeFolder, recursive) : Listed(relativeFolder, recursive).Where(f => !_languages.IsTranslation(f)).ToList();

    private IReadOnlyList<string> Listed(string relativeFolder, bool recursive) =>
        _listings is null
            ? ListFiles(relativeFolder, recursive)
            : _listings.Get(relativeFolder, recursive ? FolderListings.Kind.AllFiles : FolderListings.Kind.Files, () => ListFiles(relativeFolder, recursive));

    /// <summary>The immediate sub-folders of a folder, sorted, with the same link rule.</summary>
    public IReadOnlyList<string> Folders(string relativeFolder) =>
        _listings is null ? ListFolders(relativeFolder) : _listings.Get(relativeFolder, FolderListings.Kind.Folders, () => ListFolders(relativeFolder));

    private List<string> ListFiles(string relativeFolder, bool recursive)
    {
        var result = new List<string>();
        if (!Directory.Exists(FullPath(relativeFolder)) || !IsInside(relativeFolder))
        {
            return result;
        }

        Walk(relativeFolder, recursive, result, new HashSet<string>(StringComparer.Ordinal));
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private List<string> ListFolders(string relativeFolder)
    {
        var full = FullPath(relativeFolder);
        if (!Directory.Exists(full) || !IsInside(relativeFolder))
        {
            return [];
        }

        return Directory.EnumerateDirectories(full)
            .Select(d => Join(relativeFolder, Path.GetFileName(d)))
            .Where(d => !IsHidden(d) && !IsSkipped(d) && Allowed(d))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Reads a text file as UTF-8 (BOM allowed), with line endings made \n; null, with a message,
    /// for a file that leads outside the site, cannot be read, or is larger than <paramref name="limit"/>.
    /// </summary>
    public string? ReadText(string relative, FileLimit limit)
    {
        if (Read(relative, limit) is not { } bytes)
        {
            return null;
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Min(ex.Index + start, bytes.Length)).Count((byte)'\n');
            _diagnostics.Error(relative, line, 0, DiagnosticCodes.FileUnreadable,
                "The file is not saved as UTF-8 text, so some characters (such as £ or curly quotes) cannot be read.",
                "Open it in your editor and save it with the encoding 'UTF-8'.");
            return null;
        }
    }

    /// <summary>The bytes of a file (a theme's, a dataset's), or null with a message, as <see cref="ReadText"/>.</summary>
    public byte[]? ReadBytes(string relative, FileLimit limit) => Read(relative, limit);

    public long Length(string relative) => new FileInfo(FullPath(relative)).Length;

    /// <summary>
    /// The one place the clerk's files are read: only from inside the site, and no more than a
    /// limit, which every kind of file has, so no file is ever too large for one array.
    /// </summary>
    private byte[]? Read(string relative, FileLimit limit)
    {
        if (!IsInside(relative))
        {
            _diagnostics.Error(relative, 0, 0, DiagnosticCodes.LinkLeavesSite,
                "This is a link (shortcut) to a file outside the site folder, so it was not read.",
                "Copy the file itself into the site folder instead of linking to it.");
            return null;
        }

        try
        {
            using var stream = new FileStream(FullPath(relative), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            if (stream.Length > limit.Bytes)
            {
                _diagnostics.Error(relative, 0, 0, limit.Code,
                    $"This {limit.Kind} is {FileSize.Text(stream.Length)}, more than the {limit.Text} a {limit.Kind} may be, so it was not read.",
                    limit.Hint);
                return null;
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(relative, 0, 0, DiagnosticCodes.FileUnreadable, $"The file cannot be read: {ex.Message}",
                "Close the file in any other program and build again.");
            return null;
        }
    }

    public static string Join(string folder, string name) => folder.Length == 0 ? name : $"{folder}/{name}";

    /// <param name="followed">The folders that links on the way down led to, to notice a link back to one of them.</param>
    private void Walk(string folder, bool recursive, List<string> into, IReadOnlySet<string> followed)
    {
        var full = FullPath(folder);
        foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos())
        {
            var relative = Join(folder, entry.Name);
            if (IsHidden(relative) || IsSkipped(relative))
            {
                continue;
            }

            var below = followed;
            if (entry.LinkTarget is not null)
            {
                _metLink.Value = true;
                // The folders above were checked on the way down, so only the entry itself can be a link out.
                if (!Allowed(relative) || Follow(entry, relative, followed) is not { } more)
                {
                    continue;
                }

                below = more;
            }

            if (entry is DirectoryInfo)
            {
                if (recursive)
                {
                    Walk(relative, recursive, into, below);
                }
            }
            else
            {
                into.Add(relative);
            }
        }
    }

    /// <summary>
    /// The folders followed so far with this link's target added; null (with a message) for a link
    /// to nothing, or to a folder that holds it, whose files would otherwise be listed for ever.
    /// </summary>
    private IReadOnlySet<string>? Follow(FileSystemInfo link, string relative, IReadOnlySet<string> followed)
    {
        var target = link.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null || !target.Exists)
        {
            _diagnostics.Error(relative, 0, 0, DiagnosticCodes.MissingFile,
                "This is a link (shortcut) to a file or folder that is no longer there, so it was not published.",
                "Delete the link, or put the file itself in the site folder.");
            return null;
        }

        var path = Path.GetFullPath(target.FullName);
        var separator = Path.DirectorySeparatorChar;
        if (target is DirectoryInfo && (followed.Contains(path) || (link.FullName + separator).StartsWith(path + separator, StringComparison.Ordinal)))
        {
            _diagnostics.Error(relative, 0, 0, DiagnosticCodes.LinkLeavesSite,
                "This is a link (shortcut) to a folder that holds it, so it would go round for ever; it was not published.",
                "Delete the link: a folder cannot contain itself.");
            return null;
        }

        return new HashSet<string>(followed, StringComparer.Ordinal) { path };
    }

    /// <summary>False (with a message) for a link that leads outside the site folder.</summary>
    private bool Allowed(string relative)
    {
        if (IsInside(relative))
        {
            return true;
        }

        _diagnostics.Error(relative, 0, 0, DiagnosticCodes.LinkLeavesSite,
            "This is a link (shortcut) to a file or folder outside the site folder, so it was not published.",
            "Copy the file itself into the site folder instead of linking to it.");
        return false;
    }

    /// <summary>True when the path, every link on its way followed, leads to somewhere inside the site folder.</summary>
    private bool IsInside(string relative) =>
        Real(relative) is { } real &&
        (real == _realRoot || real.StartsWith(_realRootWithSeparator, StringComparison.Ordinal));

    /// <summary>
    /// Where a path of the site folder really leads, found from its folder's real path (kept, as
    /// every file below asks about the same folders); null when links on its way go round.
    /// </summary>
    private string? Real(string relative)
    {
        if (relative.Length == 0)
        {
            return _realRoot;
        }

        var slash = relative.LastIndexOf('/');
        var above = slash < 0 ? _realRoot : _realFolders.GetOrAdd(relative[..slash], Real);
        var name = relative[(slash + 1)..];
        if (above is null || name is "" or ".")
        {
            return above;
        }

        if (name == "..")
        {
            // The folder above holds no links, so its parent is the real parent.
            return Path.GetDirectoryName(above) ?? above;
        }

        var path = Path.Join(above, name);
        if (RealPath.Target(path) is null)
        {
            return path;
        }

        _metLink.Value = true;
        return RealPath.Of(path);
    }

    /// <summary>The output folder, when it sits inside the site folder, is never read back as content.</summary>
    private bool IsSkipped(string relative) => _skip.Contains(relative);

    private static bool IsHidden(string relative)
    {
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        return name.StartsWith('.') || name.StartsWith('~') || name.EndsWith('~') || name is "Thumbs.db" or "desktop.ini";
    }
}
