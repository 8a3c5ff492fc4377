using CouncilSite.Build.Incremental;

namespace CouncilSite.Preview;

/// <summary>
/// Watches the site folder and calls back once a burst of changes has settled: an editor's save
/// is often several events (write, rename, attribute change), and one rebuild should follow.
/// Events in the output folder and in hidden or backup files (editors' swap files) are ignored;
/// the others are told to <see cref="FolderChanges"/>, so the next build reads only what changed.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly Action<Exception> _failed;
    private readonly FileSystemWatcher _watcher;
    private readonly string _root;
    private readonly string? _skip;
    private readonly TimeSpan _quiet;
    private readonly Action _changed;
    private readonly FolderChanges _changes;
    private int _told;
    private readonly Timer _timer;

    /// <param name="skip">A folder inside the site to ignore (the default output folder), relative to it.</param>
    /// <param name="quiet">How long the folder must stay still before <paramref name="changed"/> is called.</param>
    /// <param name="changes">Told each changed path, relative to the site folder.</param>
    /// <param name="failed">Told when some changes may not be seen.</param>
    public SiteWatcher(string root, string? skip, TimeSpan quiet, FolderChanges changes, Action changed, Action<Exception> failed)
    {
        _root = Path.GetFullPath(root);
        _skip = skip;
        _quiet = quiet;
        _changes = changes;
        _changed = changed;
        _failed = failed;
        _timer = new Timer(_ => _changed(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = Watch();
    }

    private FileSystemWatcher Watch()
    {
        var watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            // Attributes and security too: a file made unreadable must be read again, to report it.
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size |
                           NotifyFilters.Attributes | NotifyFilters.Security,
        };
        watcher.Changed += (_, e) => Seen(named: false, e.FullPath);
        watcher.Created += (_, e) => Seen(named: true, e.FullPath);
        watcher.Deleted += (_, e) => Seen(named: true, e.FullPath);
        watcher.Renamed += (_, e) => Seen(named: true, e.FullPath, e.OldFullPath);
        watcher.Error += (_, e) => Failed(e.GetException());
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>
    /// The watcher could not watch everything. If its buffer overflowed, some changes were missed
    /// and the next build reads the whole folder. If the system's limit of watched folders was
    /// reached, some folders are not watched at all, so every build from now on reads the whole
    /// folder. Either way the site is built again, and the clerk is told once (the limit is met
    /// for each folder left unwatched).
    /// </summary>
    private void Failed(Exception problem)
    {
        _changes.LostTrack(forGood: problem is not InternalBufferOverflowException);
        if (Interlocked.Exchange(ref _told, 1) == 0)
        {
            _failed(problem);
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    /// <param name="named">True when the paths were created, deleted or renamed rather than changed in place.</param>
    private void Seen(bool named, params string[] paths)
    {
        var relevant = paths.Select(Relative).Where(Matters).ToList();
        foreach (var path in relevant)
        {
            if (named)
            {
                _changes.SawName(path);
            }
            else
            {
                _changes.Saw(path);
            }
        }

        if (relevant.Count > 0)
        {
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');

    private bool Matters(string relative)
    {
        if (_skip is not null && (relative == _skip || relative.StartsWith(_skip + "/", StringComparison.Ordinal)))
        {
            return false;
        }

        return !relative.Split('/').Any(part => part.StartsWith('.') || part.StartsWith('~') || part.EndsWith('~'));
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
