using System.CommandLine;
using CouncilSite.Preview;

namespace CouncilSite.Cli;

/// <summary>
/// <c>councilsite serve &lt;site-folder&gt; [--port N]</c>: a live preview on 127.0.0.1 until Ctrl+C.
/// Exit codes: 0 stopped; 2 the command line is wrong or the port is taken.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = CommonOptions.SiteFolder();
        var port = new Option<int>("--port", "-p") { Description = $"The port to serve on at 127.0.0.1 (default {DefaultPort}).", DefaultValueFactory = _ => DefaultPort };
        var command = new Command("serve", "Preview the site at http://127.0.0.1:<port>/, rebuilding and reloading pages as files change. Nothing is written to disk.") { site, port };
        command.SetAction(async (result, cancel) =>
        {
            var folder = result.GetValue(site)!;
            var number = result.GetValue(port);
            if (number is < 1 or > 65535)
            {
                stderr.WriteLine($"councilsite: --port takes a number from 1 to 65535, not {number}.");
                return CommandLine.UsageError;
            }

            try
            {
                await using var server = await PreviewServer.StartAsync(folder.FullName, number, today: null, stdout, cancel);
                await server.RunUntilStoppedAsync(cancel);
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"councilsite: cannot serve on port {number}: {ex.Message} Try another with --port.");
                return CommandLine.UsageError;
            }

            return CommandLine.Success;
        });
        return command;
    }
}
