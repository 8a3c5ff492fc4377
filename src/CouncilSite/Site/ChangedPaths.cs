namespace CouncilSite.Site;

/// <summary>
/// The paths in the site folder that changed between two builds (relative, forward slashes), or
/// <see cref="Everything"/> when that is not known. A part of the site (a meeting's folder, a
/// news file) is touched when it, anything below it, or its own name changed.
/// </summary>
public sealed class ChangedPaths
{
    private readonly HashSet<string>? _touched;

    private ChangedPaths(HashSet<string>? touched) => _touched = touched;

    /// <summary>Nothing is known of what changed (the first build, or a watcher that lost track): everything is read again.</summary>
    public static ChangedPaths Everything { get; } = new(null);

    /// <summary>The changed paths and every folder above them, so a question about a part is one look-up.</summary>
    public static ChangedPaths Of(IEnumerable<string> paths)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // A folder already in the set has its own folders above it in the set too.
            var part = path.Trim('/');
            while (part.Length > 0 && touched.Add(part))
            {
                var slash = part.LastIndexOf('/');
                part = slash < 0 ? "" : part[..slash];
            }
        }

        return new ChangedPaths(touched);
    }

    public bool IsEverything => _touched is null;

    public bool Touches(string part) => _touched is null || _touched.Contains(part);
}
