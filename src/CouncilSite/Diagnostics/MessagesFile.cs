using System.Text;
using CouncilSite.Site;

namespace CouncilSite.Diagnostics;

/// <summary>
/// The file <c>--messages-file</c> names: every message of a run, in full and as printed, for
/// when the printed list stops (<see cref="MessageSummary"/>) or a computer reads them. It is
/// never inside the output folder, which each build replaces, nor inside the site folder, where
/// it could replace one of the council's files or be published with the site.
/// </summary>
/// <param name="FullPath">The file's full path.</param>
/// <param name="Shown">The file as the clerk would type it from the folder the command ran in.</param>
public sealed record MessagesFile(string FullPath, string Shown)
{
    public const string DefaultName = "messages.txt";

    /// <param name="path">The file named on the command line, relative to <paramref name="current"/> or in full.</param>
    public static MessagesFile At(string path, string current)
    {
        var full = Path.GetFullPath(path, current);
        return new MessagesFile(full, ShownFrom(current, full));
    }

    /// <summary>
    /// A file to name with --messages-file, as typed from <paramref name="current"/>: messages.txt
    /// there or, when that is in the site folder, beside the site folder.
    /// </summary>
    /// <param name="output">The output folder of a build; null for a check, which writes none.</param>
    public static string Suggested(string current, string site, string? output)
    {
        var above = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(site));
        foreach (var folder in (string?[])[current, above, Path.GetTempPath()])
        {
            if (folder is not null && At(DefaultName, folder) is var file && file.Place(site, output) == Placement.Outside)
            {
                return ShownFrom(current, file.FullPath);
            }
        }

        return Path.Combine(Path.GetTempPath(), DefaultName);
    }

    /// <summary>Why the file may not be written where it is, in a clerk's words; null when it may.</summary>
    /// <param name="output">The output folder of a build; null for a check, which writes none.</param>
    public string? Refusal(string site, string? output, string current)
    {
        var instead = $"Name a file outside it, e.g. --messages-file {Suggested(current, site, output)}";
        return Place(site, output) switch
        {
            Placement.InOutput => $"--messages-file names a file in the output folder ({output}), which each build replaces. {instead}",
            Placement.InSite => $"--messages-file names a file in the site folder ({site}), where it could replace one of the council's files or be published with the site. {instead}",
            _ => null,
        };
    }

    /// <summary>
    /// Writes every message, one after another as printed, in UTF-8 with "\n" line ends. The
    /// messages go to a new file beside it, renamed over it once whole, so that a build stopped
    /// part-way leaves the file as it was, never half written.
    /// </summary>
    /// <returns>Null when written; otherwise why not, in a clerk's words.</returns>
    public string? Write(IEnumerable<Diagnostic> diagnostics)
    {
        var folder = Path.GetDirectoryName(FullPath)!;
        if (Directory.Exists(FullPath))
        {
            return Failed($"{Shown} is a folder.");
        }

        if (!Directory.Exists(folder))
        {
            return Failed($"the folder {folder} does not exist.");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(FullPath)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
                foreach (var diagnostic in diagnostics)
                {
                    writer.Write(diagnostic.ToString().ReplaceLineEndings("\n"));
                    writer.Write('\n');
                }

                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, FullPath, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Discard(temporary);
            return Failed(ex is UnauthorizedAccessException ? "you may not write there." : ex.Message);
        }
    }

    /// <summary>A new file left behind only takes a little room; the clerk hears of the failure that matters.</summary>
    private static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private string Failed(string why) => $"The messages could not be written to {Shown}: {why}";

    private enum Placement
    {
        Outside,
        InOutput,
        InSite,
    }

    /// <remarks>
    /// Folders are compared with their links followed. The file's own name is not: a link there
    /// is replaced by the new file, and what it led to is left alone.
    /// </remarks>
    private Placement Place(string site, string? output)
    {
        var folder = Path.GetDirectoryName(FullPath)!;
        var real = Path.Join(Real(folder), Path.GetFileName(FullPath));
        if (output is not null && Inside(real, Real(output)))
        {
            return Placement.InOutput;
        }

        return Inside(real, Real(site)) ? Placement.InSite : Placement.Outside;
    }

    private static string Real(string folder) =>
        Path.TrimEndingDirectorySeparator(RealPath.Of(Path.GetFullPath(folder)) ?? folder);

    private static bool Inside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// Relative to <paramref name="current"/> when below it or in a folder above it
    /// (<c>out/messages.txt</c>, <c>../messages.txt</c>); in full anywhere else, rather than up and down again.
    /// </summary>
    private static string ShownFrom(string current, string path)
    {
        var relative = Path.GetRelativePath(current, path);
        var folders = relative.Split(Path.DirectorySeparatorChar)[..^1];
        var up = folders.Count(f => f == "..");
        return !Path.IsPathRooted(relative) && (up == 0 || up == folders.Length) ? relative : path;
    }
}
