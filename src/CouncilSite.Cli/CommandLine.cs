using System.CommandLine;
using System.Globalization;
using CouncilSite.Build;

namespace CouncilSite.Cli;

/// <summary>
/// The <c>councilsite</c> command: it only reads the command line and prints; the library does
/// the work. Exit codes: 0 built, 1 the content has errors, 2 the command line is wrong.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("CouncilSite: turns a council's folder of Markdown and YAML into an accessible static website.");
        root.Subcommands.Add(BuildCommand(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"councilsite: {error.Message}");
            }

            stderr.WriteLine("Usage: councilsite build <site-folder> [--output <folder>]   (councilsite --help for more)");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Command BuildCommand(TextWriter stdout, TextWriter stderr)
    {
        var site = new Argument<DirectoryInfo>("site-folder") { Description = "The council's folder, the one holding site.yml." };
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: <site-folder>/_site)." };
        var today = new Option<string?>("--today") { Description = "Build as if today were this date (YYYY-MM-DD), e.g. to preview the site on a meeting day." };
        var command = new Command("build", "Build the website from a site folder.") { site, output, today };
        command.SetAction(result =>
        {
            DateOnly? date = null;
            if (result.GetValue(today) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    stderr.WriteLine($"councilsite: --today takes a date written YYYY-MM-DD, not '{text}'.");
                    return UsageError;
                }

                date = d;
            }

            var folder = result.GetValue(site)!;
            if (!folder.Exists)
            {
                stderr.WriteLine($"councilsite: the folder '{folder.FullName}' does not exist.");
                return UsageError;
            }

            var outcome = SiteBuilder.Build(new BuildOptions(folder.FullName, result.GetValue(output)?.FullName, date));
            BuildReport.Print(outcome, stdout, stderr);
            return outcome.Succeeded ? Success : ContentErrors;
        });
        return command;
    }
}
