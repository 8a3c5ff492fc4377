using CouncilSite.Build;

namespace CouncilSite.Cli;

/// <summary>Prints how a build went: to standard error when it failed, to standard output when it did not. Its messages are printed before (<see cref="MessageReport"/>).</summary>
public static class BuildReport
{
    /// <param name="current">The folder the command was run from, which folders are shown relative to.</param>
    public static void Print(BuildResult result, TextWriter stdout, TextWriter stderr, string current)
    {
        var counts = $"{Plural(result.Errors, "error")}, {Plural(result.Warnings, "warning")}";
        if (!result.Succeeded)
        {
            var previous = Directory.Exists(result.Output) ? $"; the site in {Shown(result.Output, current)} is as it was" : "";
            stderr.WriteLine($"Build failed: {counts}. Nothing was written{previous}.");
            return;
        }

        var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"));
        stdout.WriteLine($"Built {Plural(result.Pages, "page")} into {Shown(result.Output, current)}: " +
                         $"{Plural(result.FilesWritten, "file")} written, {result.FilesUnchanged} unchanged ({stages}); {counts}.");
    }

    /// <summary>A folder below the current one is shown relative to it; anywhere else, or the current folder itself, in full.</summary>
    private static string Shown(string folder, string current)
    {
        var relative = Path.GetRelativePath(current, folder);
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative;
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n:N0} {word}s";
}
