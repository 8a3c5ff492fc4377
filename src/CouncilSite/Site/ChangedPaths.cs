namespace CouncilSite.Site;

/// <summary>
/// The paths in the site folder that changed between two builds (relative, forward slashes), or
/// <see cref="Everything"/> when that is not known. A part of the site (a meeting's folder, a
/// news file) is touched when it or anything below it changed, or a folder above it was created,
/// deleted or renamed. The names in a folder change only when something in it is created,
/// deleted or renamed, so the listing of a folder whose files were only edited can be kept.
/// </summary>
public sealed class ChangedPaths
{
    private readonly HashSet<string>? _touched;
    private readonly HashSet<string>? _named;
    private readonly HashSet<string>? _namesIn;
    private readonly HashSet<string>? _namesBelow;

    private ChangedPaths(HashSet<string>? touched, HashSet<string>? named, HashSet<string>? namesIn, HashSet<string>? namesBelow)
    {
        _touched = touched;
        _named = named;
        _namesIn = namesIn;
        _namesBelow = namesBelow;
    }

    /// <summary>Nothing is known of what changed (the first build, or a watcher that lost track): everything is read again.</summary>
    public static ChangedPaths Everything { get; } = new(null, null, null, null);

    /// <param name="paths">Every path that changed in any way.</param>
    /// <param name="named">The paths among them that were created, deleted or renamed, which changes the listing of the folder they are in.</param>
    public static ChangedPaths Of(IEnumerable<string> paths, IEnumerable<string>? named = null)
    {
        var touched = WithFoldersAbove(paths);
        var names = (named ?? []).Select(path => path.Trim('/')).ToHashSet(StringComparer.Ordinal);
        var namesIn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // A folder created, deleted or renamed is listed afresh too, as is the folder it is in.
            namesIn.Add(name);
            namesIn.Add(Parent(name));
        }

        return new ChangedPaths(touched, names, namesIn, WithFoldersAbove(namesIn));
    }

    public bool IsEverything => _touched is null;

    /// <summary>
    /// True when the part, anything below it, or a folder above it changed. A watcher reports a
    /// folder moved, renamed or restored as the folder alone, not each file in it.
    /// </summary>
    public bool Touches(string part) => _touched is null || _touched.Contains(part) || NamedAbove(part);

    /// <summary>True when the names in a folder (or, if <paramref name="recursive"/>, in any folder below it) may have changed.</summary>
    public bool ChangesListing(string folder, bool recursive)
    {
        var name = folder.Trim('/');
        return (recursive ? _namesBelow : _namesIn) is not { } changed || changed.Contains(name) || NamedAbove(name);
    }

    private bool NamedAbove(string path)
    {
        for (var folder = Parent(path); folder.Length > 0; folder = Parent(folder))
        {
            if (_named!.Contains(folder))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The paths and every folder above them (the site folder itself as ""), so a question about a part is one look-up.</summary>
    private static HashSet<string> WithFoldersAbove(IEnumerable<string> paths)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // A folder already in the set has its own folders above it in the set too.
            var part = path.Trim('/');
            while (set.Add(part) && part.Length > 0)
            {
                part = Parent(part);
            }
        }

        return set;
    }

    private static string Parent(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";
}
