using System.IO.Enumeration;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using CouncilSite.Build.Incremental;

namespace CouncilSite.Preview;

/// <summary>
/// Watches the site folder and calls back once a burst of changes has settled: an editor's save
/// is often several events (write, rename, attribute change), and one rebuild should follow.
/// Events in the output folder and in hidden or backup files (editors' swap files) are ignored;
/// the others are told to <see cref="FolderChanges"/>, so the next build reads only what changed.
/// When the system will not watch every folder (its limit of watches is shared by every program
/// of the user), the watcher is given up and the folder is looked over every
/// <see cref="LookEvery"/> instead: slower to notice a save, but it misses none.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    /// <summary>How often the folder is looked over once it cannot be watched.</summary>
    public static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(2);

    private readonly Action<Exception> _failed;
    private readonly FileSystemWatcher _watcher;
    private readonly Lock _lookLock = new();
    private Timer? _look;
    private UInt128? _lastLook;
    private bool _disposed;
    private readonly string _root;
    private readonly string? _skip;
    private readonly TimeSpan _quiet;
    private readonly Action _changed;
    private readonly FolderChanges _changes;
    /// <summary>Whether the clerk has been told of an overflow (bit 1) and of folders left unwatched (bit 2).</summary>
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

        // Started once it is stored: it reports the system's limit while it starts.
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>True once the watcher has been given up and the folder is looked over instead.</summary>
    internal bool Looking { get; private set; }

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
        return watcher;
    }

    /// <summary>
    /// The watcher could not watch everything. If its buffer overflowed, some changes were missed
    /// and the next build reads the whole folder. If the system's limit of watched folders was
    /// reached, some folders send no events at all: the watcher is given up (freeing its watches
    /// for other programs), the folder is looked over every <see cref="LookEvery"/> from then on,
    /// and every build reads the whole folder. Either way the site is built again, and the clerk
    /// is told once (the limit is met for each folder left unwatched).
    /// </summary>
    internal void Failed(Exception problem)
    {
        var forGood = problem is not InternalBufferOverflowException;
        _changes.LostTrack(forGood);
        var kind = forGood ? 2 : 1;
        if ((Interlocked.Or(ref _told, kind) & kind) == 0)
        {
            _failed(problem);
        }

        if (forGood)
        {
            LookInstead();
        }

        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    private void LookInstead()
    {
        lock (_lookLock)
        {
            if (_look is not null || _disposed)
            {
                return;
            }

            // The folder as it is now; the next look, 2 seconds on, also gives the watcher up
            // (not from here: the limit is reported from inside the watcher's own calls).
            _lastLook = TryLook();
            _look = new Timer(_ => LookAgain(), null, LookEvery, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Tells a change when anything in the folder differs from the last look; the next look is set once this one is done.</summary>
    private void LookAgain()
    {
        lock (_lookLock)
        {
            if (_look is null || _disposed)
            {
                return;
            }

            if (!Looking)
            {
                _watcher.EnableRaisingEvents = false;
                Looking = true;
            }

            // A folder that cannot be looked over is told once, as a change, and again once it can.
            var look = TryLook();
            if (look != _lastLook)
            {
                _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
            }

            _lastLook = look;
            _look.Change(LookEvery, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The folder's fingerprint, or null when it could not be looked over (renamed, say: the build will say what is wrong).</summary>
    private UInt128? TryLook()
    {
        try
        {
            return Look();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// A fingerprint of every file and folder that matters: its name and attributes, and a file's
    /// size and time. Each entry is hashed alone and the hashes are added, so the order the system
    /// lists them in does not count. Not told apart: a file replaced by one of the same size and
    /// time (copied with its time kept), and on Linux a change of permissions alone; the next save
    /// of the file is.
    /// </summary>
    private UInt128 Look()
    {
        // Hidden folders (.git) and the output folder are neither counted nor walked.
        FileSystemEnumerable<UInt128>.FindPredicate matters = (ref FileSystemEntry entry) => Matters(Relative(entry.ToFullPath()));
        var entries = new FileSystemEnumerable<UInt128>(_root, (ref FileSystemEntry entry) =>
            {
                var seed = HashCode.Combine(entry.IsDirectory ? -1 : entry.Length, entry.IsDirectory ? 0 : entry.LastWriteTimeUtc.UtcTicks, entry.Attributes);
                return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(entry.ToFullPath().AsSpan()), seed);
            },
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = matters,
            ShouldRecursePredicate = matters,
        };
        var sum = UInt128.Zero;
        foreach (var entry in entries)
        {
            sum += entry;
        }

        return sum;
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
        lock (_lookLock)
        {
            _disposed = true;
            _look?.Dispose();
            _look = null;
        }

        _watcher.Dispose();
        _timer.Dispose();
    }
}
