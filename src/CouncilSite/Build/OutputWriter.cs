using CouncilSite.Outputs;

namespace CouncilSite.Build;

/// <summary>
/// Writes a finished build so that the output folder is always a whole site: the new site is
/// written beside it and swapped in with two renames, so a crash or a full disk part-way leaves
/// the previous site as it was. Files whose bytes did not change keep their old timestamps, so
/// upload tools (rsync, FTP sync) send only what changed.
/// </summary>
public static class OutputWriter
{
    /// <summary>A file in every output folder, so a build never replaces a folder it did not make.</summary>
    public const string MarkerFile = ".councilsite-output";

    private const string MarkerText = "This folder is made by CouncilSite. Each build replaces everything in it.\n";

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
        var previous = Path.Combine(parent, $".{name}.old");
        DeleteIfExists(staging);
        DeleteIfExists(previous);

        var unchanged = 0;
        Directory.CreateDirectory(staging);
        var folders = files.Select(f => Path.GetDirectoryName(f.Path)).Distinct().OfType<string>().Where(d => d.Length > 0);
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(Path.Combine(staging, folder));
        }

        Parallel.ForEach(files, file =>
        {
            var target = Path.Combine(staging, file.Path);
            var old = Path.Combine(output, file.Path);
            if (file.Bytes is { } bytes)
            {
                File.WriteAllBytes(target, bytes);
                if (SameBytes(old, bytes))
                {
                    File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(old));
                    Interlocked.Increment(ref unchanged);
                }
            }
            else
            {
                File.Copy(file.CopyFrom!, target);
                if (SameFile(old, file.CopyFrom!))
                {
                    File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(old));
                    Interlocked.Increment(ref unchanged);
                }
            }
        });
        File.WriteAllText(Path.Combine(staging, MarkerFile), MarkerText);

        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        DeleteIfExists(previous);
        return new Outcome(files.Count - unchanged, unchanged);
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static bool SameFile(string path, string source)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == new FileInfo(source).Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(source));
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
