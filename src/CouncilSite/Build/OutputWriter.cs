using CouncilSite.Outputs;

namespace CouncilSite.Build;

/// <summary>
/// Writes a finished build so that the output folder is always a whole site. Every new or
/// changed file is first written into a staging folder beside the output; only when all of
/// them are on disk is the output updated, by renames (which cannot run out of space), and the
/// files of pages that no longer exist removed. A full disk or a locked file part-way through
/// writing therefore leaves the previous site as it was.
/// <para>
/// Files whose bytes did not change are not touched at all, so they keep their timestamps and
/// upload tools (rsync, FTP sync) send only what changed. Nothing is deleted and re-created
/// wholesale either: on a slow disk, deleting ten thousand files costs more than building them.
/// </para>
/// </summary>
public static class OutputWriter
{
    /// <summary>A file in every output folder, so a build never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".councilsite-output";

    private const string MarkerText = "This folder is made by CouncilSite. Each build replaces everything in it.\n";

    /// <summary>Files are written by more threads than there are cores: creating a file mostly waits on the disk.</summary>
    private const int WriteThreads = 8;

    public sealed record Outcome(int Written, int Unchanged);

    /// <summary>True when <paramref name="output"/> is empty, missing or a folder a previous build made.</summary>
    public static bool MayReplace(string output) =>
        !Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any() || File.Exists(Path.Combine(output, MarkerFile));

    public static Outcome Write(string output, IReadOnlyList<OutputFile> files)
    {
        output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{name}.new");
        var manifestPath = Path.Combine(parent, $".{name}.manifest");
        DeleteIfExists(staging);

        var fresh = !Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any();
        var existing = fresh ? new Dictionary<string, FileState>() : ExistingFiles(output);
        var manifest = fresh ? new Dictionary<string, OutputManifest.Entry>() : OutputManifest.Read(manifestPath);
        var hashes = new byte[files.Count][];
        var states = new FileState[files.Count];
        var changed = new bool[files.Count];

        Directory.CreateDirectory(staging);
        try
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = WriteThreads }, i =>
            {
                var file = files[i];
                var bytes = file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);
                hashes[i] = OutputManifest.Hash(bytes);
                if (existing.TryGetValue(file.Path, out var state) && Same(output, file.Path, state, bytes, hashes[i], manifest))
                {
                    states[i] = state;
                    return;
                }

                changed[i] = true;
                var target = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);

                // A rename keeps the timestamp, so the staged file's is the one the output will have.
                var written = new FileInfo(target);
                states[i] = new FileState(written.Length, written.LastWriteTimeUtc);
            });
            File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText);
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }

        var written = changed.Count(c => c);
        if (fresh)
        {
            DeleteIfExists(output);
            Directory.Move(staging, output);
        }
        else
        {
            Commit(output, staging, files, changed, existing);
        }

        OutputManifest.Write(manifestPath, files.Select((f, i) => new OutputManifest.Entry(f.Path, hashes[i], states[i].Length, states[i].Modified.Ticks)));
        return new Outcome(written, files.Count - written);
    }

    private readonly record struct FileState(long Length, DateTime Modified);


    /// <summary>Unchanged when the manifest vouches for the file as last written, or failing that, when its bytes are the same.</summary>
    private static bool Same(string output, string path, FileState state, byte[] bytes, byte[] hash, Dictionary<string, OutputManifest.Entry> manifest)
    {
        if (state.Length != bytes.Length)
        {
            return false;
        }

        if (manifest.TryGetValue(path, out var entry) && entry.Length == state.Length && entry.Modified == state.Modified.Ticks)
        {
            return entry.Hash.AsSpan().SequenceEqual(hash);
        }

        return File.ReadAllBytes(Path.Combine(output, path)).AsSpan().SequenceEqual(bytes);
    }

    /// <summary>Moves the staged files into place, then removes what the new site no longer has.</summary>
    private static void Commit(string output, string staging, IReadOnlyList<OutputFile> files, bool[] changed, Dictionary<string, FileState> existing)
    {
        for (var i = 0; i < files.Count; i++)
        {
            if (changed[i])
            {
                var target = Path.Combine(output, files[i].Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(staging, files[i].Path), target, overwrite: true);
            }
        }

        File.Move(Path.Combine(staging, MarkerFile), Path.Combine(output, MarkerFile), overwrite: true);
        var kept = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stale in existing.Keys.Where(p => !kept.Contains(p)))
        {
            File.Delete(Path.Combine(output, stale));
            for (var folder = Path.GetDirectoryName(stale); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                emptied.Add(folder);
            }
        }

        // Deepest first, so a folder is removed after the folders inside it.
        foreach (var folder in emptied.Reverse())
        {
            var full = Path.Combine(output, folder);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any())
            {
                Directory.Delete(full);
            }
        }

        DeleteIfExists(staging);
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
