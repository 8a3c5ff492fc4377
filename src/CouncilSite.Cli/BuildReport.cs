using CouncilSite.Build;

namespace CouncilSite.Cli;

/// <summary>Prints a build's messages (to standard error) and its summary (to standard output).</summary>
public static class BuildReport
{
    public static void Print(BuildResult result, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        var counts = $"{Plural(result.Errors, "error")}, {Plural(result.Warnings, "warning")}";
        if (!result.Succeeded)
        {
            var previous = Directory.Exists(result.Output) ? $"; the site in {Shown(result.Output)} is as it was" : "";
            stderr.WriteLine($"Build failed: {counts}. Nothing was written{previous}.");
            return;
        }

        var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"));
        stdout.WriteLine($"Built {Plural(result.Pages, "page")} into {Shown(result.Output)}: " +
                         $"{Plural(result.FilesWritten, "file")} written, {result.FilesUnchanged} unchanged ({stages}); {counts}.");
    }

    /// <summary>A folder below the current one is shown relative to it; anywhere else in full.</summary>
    private static string Shown(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative;
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
