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
            stderr.WriteLine($"Build failed: {counts}. Nothing was written; the site in {result.Output} is as it was.");
            return;
        }

        var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"));
        stdout.WriteLine($"Built {Plural(result.Pages, "page")} into {Path.GetRelativePath(Environment.CurrentDirectory, result.Output)}: " +
                         $"{result.FilesWritten} files written, {result.FilesUnchanged} unchanged ({stages}); {counts}.");
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
