using System.Collections.Concurrent;
using CouncilSite.Outputs;

namespace CouncilSite.Build;

/// <summary>
/// Writes a build so that the output folder is always a whole site. Files are handed over as they
/// are made, from many threads at once, and every new or changed one is written into a staging
/// folder beside the output there and then, so no page is held in memory waiting for the rest. Only <see cref="Commit"/> updates the
/// output, by renames (which cannot run out of space), and removes the files of pages that no
/// longer exist. A build that fails, or a full disk or a locked file part-way through writing,
/// therefore leaves the previous site as it was: disposing an uncommitted writer deletes the
/// staging folder.
/// <para>
/// Files whose bytes did not change are not touched at all, so they keep their timestamps and
/// upload tools (rsync, FTP sync) send only what changed. Nothing is deleted and re-created
/// wholesale either: on a slow disk, deleting ten thousand files costs more than building them.
/// </para>
/// </summary>
public sealed class OutputWriter : IOutputSink, IDisposable
{
    /// <summary>A file in every output folder, so a build never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".councilsite-output";

    private const string MarkerText = "This folder is made by CouncilSite. Each build replaces everything in it.\n";

    private readonly string _output;
    private readonly string _staging;
    private readonly string _manifestPath;
    private readonly bool _fresh;
    private readonly Dictionary<string, FileState> _existing;
    private readonly Dictionary<string, OutputManifest.Entry> _manifest;
    private readonly ConcurrentBag<Written> _written = [];
    private bool _committed;

    private OutputWriter(string output)
    {
        _output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(_output)!;
        var name = Path.GetFileName(_output);
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".{name}.new");
        _manifestPath = Path.Combine(parent, $".{name}.manifest");
        DeleteIfExists(_staging);

        _fresh = !Directory.Exists(_output) || !Directory.EnumerateFileSystemEntries(_output).Any();
        _existing = _fresh ? [] : ExistingFiles(_output);
        _manifest = _fresh ? [] : OutputManifest.Read(_manifestPath);
        Directory.CreateDirectory(_staging);
    }

    public sealed record Outcome(int Written, int Unchanged);

    private readonly record struct FileState(long Length, DateTime Modified);

    private sealed record Written(string Path, byte[] Hash, FileState State, bool Changed);

    /// <summary>True when <paramref name="output"/> is empty, missing or a folder a previous build made.</summary>
    public static bool MayReplace(string output) =>
        !Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any() || File.Exists(Path.Combine(output, MarkerFile));

    /// <summary>Starts writing a build into <paramref name="output"/>; nothing there changes before <see cref="Commit"/>.</summary>
    public static OutputWriter Open(string output) => new(output);

    /// <summary>Writes a file into the staging folder, unless the output already has it byte for byte.</summary>
    public void Add(OutputFile file) => _written.Add(Write(file));

    /// <summary>Puts the new site in place.</summary>
    public Outcome Commit()
    {
        File.WriteAllText(Path.Combine(_staging, MarkerFile), MarkerText);
        var files = _written.OrderBy(w => w.Path, StringComparer.Ordinal).ToList();
        if (_fresh)
        {
            DeleteIfExists(_output);
            Directory.Move(_staging, _output);
        }
        else
        {
            MoveIntoPlace(files);
        }

        _committed = true;
        OutputManifest.Write(_manifestPath, files.Select(f => new OutputManifest.Entry(f.Path, f.Hash, f.State.Length, f.State.Modified.Ticks)));
        var written = files.Count(f => f.Changed);
        return new Outcome(written, files.Count - written);
    }

    /// <summary>Stops writing; without a <see cref="Commit"/>, the staged files are deleted and the output is untouched.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteIfExists(_staging);
        }
    }

    private Written Write(OutputFile file)
    {
        var bytes = file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);
        var hash = OutputManifest.Hash(bytes);
        if (_existing.TryGetValue(file.Path, out var state) && Same(file.Path, state, bytes, hash))
        {
            return new Written(file.Path, hash, state, Changed: false);
        }

        var target = Path.Combine(_staging, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        // The staging folder starts empty, so each file is new: no truncating, no seeking, one write.
        using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);

        // A rename keeps the timestamp, so the staged file's is the one the output will have.
        return new Written(file.Path, hash, new FileState(bytes.Length, File.GetLastWriteTimeUtc(handle)), Changed: true);
    }

    /// <summary>Unchanged when the manifest vouches for the file as last written, or failing that, when its bytes are the same.</summary>
    private bool Same(string path, FileState state, byte[] bytes, byte[] hash)
    {
        if (state.Length != bytes.Length)
        {
            return false;
        }

        if (_manifest.TryGetValue(path, out var entry) && entry.Length == state.Length && entry.Modified == state.Modified.Ticks)
        {
            return entry.Hash.AsSpan().SequenceEqual(hash);
        }

        return File.ReadAllBytes(Path.Combine(_output, path)).AsSpan().SequenceEqual(bytes);
    }

    /// <summary>Moves the staged files into place, then removes what the new site no longer has.</summary>
    private void MoveIntoPlace(List<Written> files)
    {
        foreach (var file in files.Where(f => f.Changed))
        {
            var target = Path.Combine(_output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging, file.Path), target, overwrite: true);
        }

        File.Move(Path.Combine(_staging, MarkerFile), Path.Combine(_output, MarkerFile), overwrite: true);
        var kept = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stale in _existing.Keys.Where(p => !kept.Contains(p)))
        {
            File.Delete(Path.Combine(_output, stale));
            for (var folder = Path.GetDirectoryName(stale); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                emptied.Add(folder);
            }
        }

        // Deepest first, so a folder is removed after the folders inside it.
        foreach (var folder in emptied.Reverse())
        {
            var full = Path.Combine(_output, folder);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any())
            {
                Directory.Delete(full);
            }
        }

        DeleteIfExists(_staging);
    }

    private static Dictionary<string, FileState> ExistingFiles(string output)
    {
        var files = new Dictionary<string, FileState>(StringComparer.Ordinal);
        foreach (var info in new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(output, info.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (path != MarkerFile)
            {
                files[path] = new FileState(info.Length, info.LastWriteTimeUtc);
            }
        }

        return files;
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
