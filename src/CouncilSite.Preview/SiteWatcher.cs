namespace CouncilSite.Preview;

/// <summary>
/// Watches the site folder and calls back once a burst of changes has settled: an editor's save
/// is often several events (write, rename, attribute change), and one rebuild should follow.
/// Events in the output folder and in hidden or backup files (editors' swap files) are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly string _root;
    private readonly string? _skip;
    private readonly TimeSpan _quiet;
    private readonly Action _changed;
    private readonly Timer _timer;

    /// <param name="skip">A folder inside the site to ignore (the default output folder), relative to it.</param>
    /// <param name="quiet">How long the folder must stay still before <paramref name="changed"/> is called.</param>
    public SiteWatcher(string root, string? skip, TimeSpan quiet, Action changed)
    {
        _root = Path.GetFullPath(root);
        _skip = skip;
        _quiet = quiet;
        _changed = changed;
        _timer = new Timer(_ => _changed(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += (_, e) => Seen(e.FullPath);
        _watcher.Created += (_, e) => Seen(e.FullPath);
        _watcher.Deleted += (_, e) => Seen(e.FullPath);
        _watcher.Renamed += (_, e) => Seen(e.FullPath, e.OldFullPath);

        // Too many changes at once for the watcher's buffer: build anyway, since every build reads the whole folder.
        _watcher.Error += (_, _) => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        _watcher.EnableRaisingEvents = true;
    }

    private void Seen(params string[] paths)
    {
        if (paths.Any(Matters))
        {
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private bool Matters(string path)
    {
        var relative = Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
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
