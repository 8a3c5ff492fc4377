using CouncilSite.Site;

namespace CouncilSite.Build.Incremental;

/// <summary>
/// What a watcher saw change in the site folder since the last build, handed to a
/// <see cref="BuildSession"/> so that it reads again only the parts of the site that changed.
/// Until the first build, and after the watcher lost track (its buffer overflowed), nothing is
/// known, and the next build reads the whole folder.
/// </summary>
public sealed class FolderChanges
{
    private readonly Lock _lock = new();
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _lostTrack = true;

    /// <summary>A file or folder (relative to the site folder) was created, changed, deleted or renamed (both names).</summary>
    public void Saw(string relativePath)
    {
        lock (_lock)
        {
            _paths.Add(relativePath.Replace('\\', '/'));
        }
    }

    /// <summary>Some changes may have been missed: the next build reads everything.</summary>
    public void LostTrack()
    {
        lock (_lock)
        {
            _lostTrack = true;
        }
    }

    /// <summary>The changes seen since the last call, which starts a new list.</summary>
    internal ChangedPaths Take()
    {
        lock (_lock)
        {
            var taken = _lostTrack ? ChangedPaths.Everything : ChangedPaths.Of(_paths);
            _paths = new HashSet<string>(StringComparer.Ordinal);
            _lostTrack = false;
            return taken;
        }
    }
}
