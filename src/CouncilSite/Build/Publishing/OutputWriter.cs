using System.Collections.Concurrent;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs;

namespace CouncilSite.Build.Publishing;

/// <summary>
/// Writes a build so that the output folder always holds one whole site: the previous one until
/// the new one is complete, then the new one. The new site is made in a folder beside the output
/// (see <see cref="WorkFolder"/>), files handed over from many threads as they are drawn, and
/// <see cref="Commit"/> swaps the two folders in one step. On Linux and macOS nobody, not even a
/// build killed at any moment, ever sees a mix; elsewhere the output is missing for the instant
/// between two renames, and the next build puts the previous site back if it was stopped there.
/// <para>
/// The new site is made from the site before the output's (the spare), changing only what
/// differs: a file the output already has byte for byte becomes a hard link to the output's, so
/// it keeps its timestamp and upload tools (rsync, FTP sync) send only what changed, and a
/// rebuild makes and deletes only the files that changed, never the whole site.
/// </para>
/// <para>
/// The writer never follows a link in the output (it refuses to build while there is one), never
/// writes into a file the output shares, and keeps whatever it did not write itself (a host's
/// <c>.htaccess</c>, say), unless the new site needs its place: then it refuses rather than delete it.
/// </para>
/// </summary>
public sealed class OutputWriter : IOutputSink, IDisposable
{
    /// <summary>A file in every output folder, so a build never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".councilsite-output";

    private const string MarkerText = "This folder is made by CouncilSite. Each build replaces everything in it.\n";

    private readonly string _output;
    private readonly WorkFolder _work;
    private readonly FolderTree.Contents _existing;
    private readonly FolderTree.Contents _spare;
    private readonly Dictionary<string, OutputManifest.Entry>? _manifest;
    private readonly Dictionary<string, OutputManifest.Entry>? _spareManifest;
    private readonly List<string> _notes;
    private readonly ConcurrentBag<Written> _written = [];
    private readonly Lock _folders = new();
    private bool _published;

    /// <summary>Files kept with no manifest to say they are CouncilSite's (see <see cref="KeepOthersFiles"/>).</summary>
    private IReadOnlyList<string>? _unknown;
    private bool _failed;

    private OutputWriter(string output, WorkFolder work, FolderTree.Contents existing, FolderTree.Contents spare,
        Dictionary<string, OutputManifest.Entry>? manifest, Dictionary<string, OutputManifest.Entry>? spareManifest)
    {
        _output = output;
        _work = work;
        _existing = existing;
        _spare = spare;
        _manifest = manifest;
        _spareManifest = spareManifest;
        _notes = work.Leftovers.ToList();
    }

    /// <param name="Notes">What went wrong after the new site was in place (an old file that could not be removed), for warnings.</param>
    /// <param name="Unknown">Files of the output kept though no record says who wrote them, for a warning.</param>
    public sealed record Outcome(int Written, int Unchanged, IReadOnlyList<string>? Notes = null, IReadOnlyList<string>? Unknown = null);

    private sealed record Written(string Path, byte[] Hash, FolderTree.FileState State, bool Changed);

    /// <summary>True when <paramref name="output"/> is missing, an empty folder or a folder a previous build made.</summary>
    public static bool MayReplace(string output) =>
        !File.Exists(output) && (!Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any() || File.Exists(Path.Combine(output, MarkerFile)));

    /// <summary>Starts writing a build for <paramref name="output"/> (a full path with no links in it); nothing there changes before <see cref="Commit"/>.</summary>
    /// <param name="work">The output's working folder, claimed for this build (and disposed of by the caller).</param>
    /// <exception cref="OutputRefusedException">The output holds a link.</exception>
    internal static OutputWriter Open(string output, WorkFolder work)
    {
        var existing = FolderTree.Read(output);
        existing.Files.Remove(MarkerFile);
        if (existing.Links.Count > 0)
        {
            throw new OutputRefusedException(DiagnosticCodes.OutputHasLink,
                $"The output folder holds a link (a shortcut), {existing.Links[0]}, that CouncilSite did not make, so nothing was changed.",
                $"Remove the link {Path.Combine(output, existing.Links[0])} (what it points at is not affected), then build again.");
        }

        // The spare's manifest vouches for it only until this build starts changing it.
        var spareManifest = OutputManifest.Read(work.SpareManifest);
        File.Delete(work.SpareManifest);
        // The marker is written last, so a working copy that has one is a whole site.
        if (Directory.Exists(work.Spare))
        {
            File.Delete(Path.Combine(work.Spare, MarkerFile));
            Directory.Move(work.Spare, work.Stage);
        }

        Directory.CreateDirectory(work.Stage);
        if (!OperatingSystem.IsWindows() && Directory.Exists(output))
        {
            // The web server reads the output by its permissions (a group, no access for others), which the new site keeps.
            File.SetUnixFileMode(work.Stage, File.GetUnixFileMode(output));
        }

        var spare = FolderTree.Read(work.Stage);
        foreach (var link in spare.Links)
        {
            File.Delete(Path.Combine(work.Stage, link));
        }

        return new OutputWriter(output, work, existing, spare, OutputManifest.Read(work.Manifest), spareManifest);
    }

    /// <summary>Puts a file into the new site: the spare's copy when it is right already, a link to the output's when that one is, else newly written.</summary>
    public void Add(OutputFile file)
    {
        try
        {
            _written.Add(Write(file));
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    /// <summary>Puts the new site in place in one step.</summary>
    /// <exception cref="OutputRefusedException">A file CouncilSite did not write is in the new site's way; nothing was changed.</exception>
    public Outcome Commit()
    {
        List<Written> files;
        List<OutputManifest.Entry> entries;
        try
        {
            files = _written.OrderBy(w => w.Path, StringComparer.Ordinal).ToList();
            var kept = KeepOthersFiles(files);
            RemoveStale(files.Select(f => f.Path).Concat(kept).ToHashSet(StringComparer.Ordinal));
            File.WriteAllText(Path.Combine(_work.Stage, MarkerFile), MarkerText);

            // Until the swap is known to have happened, the manifest lists both sites, so whichever
            // one a killed build leaves in place, the next build knows every file in it as its own.
            entries = files.Select(f => new OutputManifest.Entry(f.Path, f.Hash, f.State.Length, f.State.Modified.Ticks)).ToList();
            OutputManifest.Write(_work.Manifest, entries.Concat(PreviousEntries(files)));
            Swap();
        }
        catch
        {
            _failed = true;
            throw;
        }

        _published = true;
        AfterPublishing(() => OutputManifest.Write(_work.Manifest, entries));
        AfterPublishing(() => _work.Keep(_work.Stage));
        AfterPublishing(() => _work.Keep(_work.Previous));
        if (_manifest is not null)
        {
            AfterPublishing(() => OutputManifest.Write(_work.SpareManifest, _manifest.Values.OrderBy(e => e.Path, StringComparer.Ordinal)));
        }

        AfterPublishing(() => _notes.AddRange(_work.EmptyTrash()));
        var written = files.Count(f => f.Changed);
        return new Outcome(written, files.Count - written, _notes, _unknown);
    }

    /// <summary>
    /// Stops writing; without a <see cref="Commit"/> the output is untouched, and the half-made site
    /// is kept as the spare (or thrown away, if changing it is what failed). The working folder stays claimed.
    /// </summary>
    public void Dispose()
    {
        if (_published)
        {
            return;
        }

        AfterPublishing(() =>
        {
            if (_failed)
            {
                _work.Discard(_work.Stage);
            }
            else
            {
                _work.Keep(_work.Stage);
            }
        });
        AfterPublishing(() => _work.EmptyTrash());
    }

    private Written Write(OutputFile file)
    {
        var bytes = file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);
        var hash = OutputManifest.Hash(bytes);
        var target = Path.Combine(_work.Stage, file.Path);
        _spare.Files.TryGetValue(file.Path, out var spare);
        if (_existing.Files.TryGetValue(file.Path, out var state) && Same(file.Path, state, bytes, hash))
        {
            if (spare != state)
            {
                Replace(file.Path);
                FolderTree.LinkOrCopy(Path.Combine(_output, file.Path), target, state);
            }

            return new Written(file.Path, hash, state, Changed: false);
        }

        if (_spareManifest is not null && _spareManifest.TryGetValue(file.Path, out var entry) && entry.Length == spare.Length &&
            entry.Modified == spare.Modified.Ticks && entry.Length == bytes.Length && entry.Hash.AsSpan().SequenceEqual(hash))
        {
            // Changed since the output was made, so it is dated now: upload tools that send only newer files must send it.
            File.SetLastWriteTimeUtc(target, DateTime.UtcNow);
            return new Written(file.Path, hash, spare with { Modified = File.GetLastWriteTimeUtc(target) }, Changed: true);
        }

        // Never written into: the spare's file may be the output's too, through a hard link.
        Replace(file.Path);
        using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
        return new Written(file.Path, hash, new FolderTree.FileState(bytes.Length, File.GetLastWriteTimeUtc(handle)), Changed: true);
    }

    /// <summary>Unchanged when the manifest vouches for the file as last written, or failing that, when its bytes are the same.</summary>
    private bool Same(string path, FolderTree.FileState state, byte[] bytes, byte[] hash)
    {
        if (state.Length != bytes.Length)
        {
            return false;
        }

        if (_manifest is not null && _manifest.TryGetValue(path, out var entry) && entry.Length == state.Length && entry.Modified == state.Modified.Ticks)
        {
            return entry.Hash.AsSpan().SequenceEqual(hash);
        }

        return File.ReadAllBytes(Path.Combine(_output, path)).AsSpan().SequenceEqual(bytes);
    }

    /// <summary>Clears the place of a file in the new site: what the spare had there goes, and its folders are made.</summary>
    private void Replace(string path)
    {
        var target = Path.Combine(_work.Stage, path);
        var folder = Path.GetDirectoryName(target)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException)
        {
            // The spare has a file where the new site has a folder (a page that became a section): rare, so one thread at a time.
            lock (_folders)
            {
                foreach (var above in FoldersOf(path).Reverse().Select(f => Path.Combine(_work.Stage, f)).Where(File.Exists))
                {
                    File.Delete(above);
                }

                Directory.CreateDirectory(folder);
            }
        }

        if (Directory.Exists(target))
        {
            FolderTree.Delete(target);
        }
        else
        {
            File.Delete(target);
        }
    }

    /// <summary>
    /// Carries into the new site the files of the output that no build wrote (a host's own files),
    /// refusing when the new site needs one's place. With no manifest (its working folder was
    /// deleted), nothing is known to be CouncilSite's but the files the new site writes: the rest
    /// are carried too, and told of, as they may be the pages of an earlier build.
    /// </summary>
    /// <returns>The paths carried.</returns>
    private List<string> KeepOthersFiles(List<Written> files)
    {
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var folders = paths.SelectMany(FoldersOf).ToHashSet(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var (path, state) in _existing.Files.Where(f => _manifest is null || !_manifest.ContainsKey(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var inTheWay = paths.Contains(path) || folders.Contains(path) || FoldersOf(path).Any(paths.Contains);
            if (inTheWay && _manifest is null)
            {
                continue;
            }

            if (inTheWay)
            {
                throw new OutputRefusedException(DiagnosticCodes.OutputInTheWay,
                    $"The output folder holds {path}, which CouncilSite did not write, and the new site needs that place, so nothing was changed.",
                    $"Move {Path.Combine(_output, path)} out of the output folder (or delete it if it is not needed), then build again.");
            }

            if (!_spare.Files.TryGetValue(path, out var spare) || spare != state)
            {
                Replace(path);
                FolderTree.LinkOrCopy(Path.Combine(_output, path), Path.Combine(_work.Stage, path), state);
            }

            kept.Add(path);
        }

        if (_manifest is null && kept.Count > 0)
        {
            _unknown = kept;
        }

        return kept;
    }

    /// <summary>Deletes the spare's files the new site does not have, then every folder it does not have, deepest first.</summary>
    private void RemoveStale(HashSet<string> keep)
    {
        foreach (var stale in _spare.Files.Keys.Where(p => !keep.Contains(p)))
        {
            // Gone already when its folder made way for a file of the new site.
            var file = Path.Combine(_work.Stage, stale);
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        var needed = keep.SelectMany(FoldersOf).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in _spare.Folders.Where(f => !needed.Contains(f)).Reverse().Select(f => Path.Combine(_work.Stage, f)))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>The previous site's files as the manifest knows them, for the ones the new site does not have.</summary>
    private IEnumerable<OutputManifest.Entry> PreviousEntries(List<Written> files)
    {
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return _existing.Files
            .Where(f => !paths.Contains(f.Key) && _manifest is not null && _manifest.ContainsKey(f.Key))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new OutputManifest.Entry(f.Key, [], f.Value.Length, f.Value.Modified.Ticks));
    }

    /// <summary>
    /// The new site takes the output's place in one step where the system can swap two folders
    /// (the previous site then ends where the new one was made); elsewhere by two renames, putting
    /// the previous site back if the second fails.
    /// </summary>
    private void Swap()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(_work.Stage, _output);
            return;
        }

        if (NativeFiles.TrySwap(_work.Stage, _output))
        {
            return;
        }

        try
        {
            Directory.Move(_output, _work.Previous);
        }
        catch (IOException ex)
        {
            throw new OutputRefusedException(DiagnosticCodes.OutputFailed,
                $"The output folder could not be replaced as a whole ({ex.Message}), so nothing was changed. A folder that is a mount point (a disk, a Docker volume) cannot be.",
                $"Build into a folder inside it instead, such as --output {Path.Combine(_output, "site")}, and serve that folder.");
        }

        try
        {
            Directory.Move(_work.Stage, _output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            PutBack(ex);
            throw;
        }
    }

    /// <summary>Puts the previous site back after the new one could not take its place; says where it is if even that fails.</summary>
    private void PutBack(Exception cause)
    {
        try
        {
            Directory.Move(_work.Previous, _output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputRefusedException(DiagnosticCodes.OutputFailed,
                $"The new site could not take the output folder's place ({cause.Message}), and the previous site could not be put back ({ex.Message}): it is in {_work.Previous}.",
                "Build again once the problem is fixed: the next build puts the previous site back first.");
        }
    }

    /// <summary>Tidying around the build: a failure is told, and never makes the build fail.</summary>
    private void AfterPublishing(Action tidy)
    {
        try
        {
            tidy();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _notes.Add(ex.Message);
        }
    }

    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            yield return path[..slash];
        }
    }
}
