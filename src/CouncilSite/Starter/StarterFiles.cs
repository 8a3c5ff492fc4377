namespace CouncilSite.Starter;

/// <summary>
/// Writes the files a <c>new</c> command makes, never over a file that is already there: all of
/// them or, when any one exists, none.
/// </summary>
public static class StarterFiles
{
    /// <param name="files">Each file's path relative to <paramref name="root"/>, written with '/', and its text.</param>
    public static StarterResult Write(string root, IReadOnlyList<(string Path, string Text)> files, string? address = null, IReadOnlyList<string>? notes = null)
    {
        if (files.FirstOrDefault(f => Exists(root, f.Path)) is { Path: not null } there)
        {
            return StarterResult.Refused($"{there.Path} is already there in {root}, and new never writes over a file. Choose another name, or edit the file that is there.");
        }

        var written = new List<string>();
        foreach (var (path, text) in files)
        {
            var full = Full(root, path);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);

                // CreateNew: a file that appeared since the check above is still never replaced.
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(text);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var done = written.Count == 0 ? "" : $" These were written before it: {string.Join(", ", written)}.";
                var why = ex is UnauthorizedAccessException ? $"you may not write in {root}: choose a folder of your own" : ex.Message.TrimEnd('.');
                return StarterResult.Refused($"{path} could not be written: {why}.{done}");
            }

            written.Add(path);
        }

        return new StarterResult(written, address, notes ?? [], null);
    }

    private static bool Exists(string root, string path)
    {
        var full = Full(root, path);
        return File.Exists(full) || Directory.Exists(full);
    }

    private static string Full(string root, string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
}
