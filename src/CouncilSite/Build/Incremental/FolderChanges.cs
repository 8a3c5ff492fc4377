using CouncilSite.Site;

namespace CouncilSite.Build.Incremental;

/// <summary>
/// What a watcher saw change in the site folder since the last build, handed to a
/// <see cref="BuildSession"/> so that it reads again only the parts of the site that changed.
/// Until the first build, and after the watcher lost track (its buffer overflowed), nothing is
/// known, and the next build reads the whole folder; once the watcher cannot watch some folders
/// at all, every build does.
/// </summary>
public sealed class FolderChanges
{
    private readonly Lock _lock = new();
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private HashSet<string> _named = new(StringComparer.Ordinal);
    private bool _lostTrack = true;
    private bool _lostForGood;

    /// <summary>A file (relative to the site folder, with forward slashes) was changed where it is.</summary>
    public void Saw(string relativePath)
    {
        lock (_lock)
        {
            _paths.Add(relativePath);
        }
    }

    /// <summary>A file or folder was created, deleted or renamed (each of its names is told), which changes its folder's listing.</summary>
    public void SawName(string relativePath)
    {
        lock (_lock)
        {
            _paths.Add(relativePath);
            _named.Add(relativePath);
        }
    }

    /// <summary>Some changes may have been missed: the next build reads everything, and so does every later one if <paramref name="forGood"/>.</summary>
    public void LostTrack(bool forGood = false)
    {
        lock (_lock)
        {
            _lostTrack = true;
            _lostForGood |= forGood;
        }
    }

    /// <summary>The changes seen since the last call, which starts a new list.</summary>
    internal ChangedPaths Take()
    {
        lock (_lock)
        {
            var taken = _lostTrack ? ChangedPaths.Everything : ChangedPaths.Of(_paths, _named);
            _paths = new HashSet<string>(StringComparer.Ordinal);
            _named = new HashSet<string>(StringComparer.Ordinal);
            _lostTrack = _lostForGood;
            return taken;
        }
    }
}
