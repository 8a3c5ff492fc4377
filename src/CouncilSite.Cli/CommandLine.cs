using System.CommandLine;
using CouncilSite.Build;

namespace CouncilSite.Cli;

/// <summary>
/// The <c>councilsite</c> command: it only reads the command line and prints; the library does
/// the work. Exit codes: 0 built, 1 the content has errors or a file could not be written (the
/// site, or the messages file), 2 the command line is wrong.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, terminal: null);

    /// <param name="terminal">Where to read answers typed at a terminal; null when no one is there to ask (input redirected).</param>
    /// <remarks>
    /// Every command runs in the invariant culture, as builds do (see <see cref="Build.InvariantCulture"/>):
    /// the files <c>new</c> writes are named and dated the same on a machine set to Persian or Swedish.
    /// </remarks>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? terminal) =>
        Build.InvariantCulture.Run(() => Parse(args, stdout, stderr, terminal));

    private static int Parse(string[] args, TextWriter stdout, TextWriter stderr, TextReader? terminal)
    {
        // Named here, not after the file that runs it (CouncilSite.Cli under dotnet run, testhost in the tests).
        var root = new Command("councilsite", "CouncilSite: turns a council's folder of Markdown and YAML into an accessible static website.")
        {
            new System.CommandLine.Help.HelpOption(), new VersionOption(),
        };
        root.Subcommands.Add(BuildCommand(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr, terminal));
        root.Subcommands.Add(SchemaCommand.Create(stdout, stderr));

        // Off: a clerk's "@" starts an answer ("--name @Home Parish"), never names a file of arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            if (UnknownCommand.Message(args, root) is { } guess)
            {
                stderr.WriteLine(guess);
            }
            else
            {
                foreach (var error in parsed.Errors)
                {
                    stderr.WriteLine($"councilsite: {error.Message}");
                }
            }

            stderr.WriteLine("Usage: councilsite build|check|serve|new|schema <site-folder> [options]   (councilsite <command> --help for more)");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static Command BuildCommand(TextWriter stdout, TextWriter stderr)
    {
        var site = CommonOptions.SiteFolder();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: <site-folder>/_site)." };
        var today = CommonOptions.Today("Build as if today were this date (YYYY-MM-DD), e.g. to preview the site on a meeting day.");
        var messages = CommonOptions.MessagesFile();
        var command = new Command("build", "Build the website from a site folder.") { site, output, today, messages };
        command.SetAction(result =>
        {
            // Read before building: a build into the current folder swaps it for the new site.
            var current = Environment.CurrentDirectory;
            var options = new BuildOptions(result.GetValue(site)!.FullName, result.GetValue(output)?.FullName, result.GetValue(today));
            if (MessageReport.Open(result.GetValue(messages), options.SiteFolder, options.Output, current, stderr) is not { } report)
            {
                return UsageError;
            }

            var outcome = SiteBuilder.Build(options);
            var written = report.Print(outcome.Diagnostics, stderr);
            BuildReport.Print(outcome, stdout, stderr, current);
            return outcome.Succeeded && written ? Success : ContentErrors;
        });
        return command;
    }
}
