using System.CommandLine;
using CouncilSite.Diagnostics;

namespace CouncilSite.Cli;

/// <summary>
/// "Did you mean" for a command typed wrongly (<c>councilsite biuld</c>) or a kind <c>new</c> does not
/// make (<c>councilsite new meetng</c>), said instead of the parser's messages about the words after it.
/// </summary>
public static class UnknownCommand
{
    /// <summary>The line to print, or null when the first words name real commands.</summary>
    public static string? Message(string[] args, Command root)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        var command = root.Subcommands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            var names = root.Subcommands.Select(c => c.Name).ToList();
            var near = NearestName.For(args[0], names);
            return near is null
                ? $"councilsite: '{args[0]}' is not a command: the commands are {string.Join(", ", names)}."
                : $"councilsite: '{args[0]}' is not a command. Did you mean 'councilsite {near}'?";
        }

        // 'new <folder>' takes any name for its folder, so only a name near a kind is taken for a slip.
        if (command.Subcommands.Count == 0 || args.Length < 2 || args[1].StartsWith('-') || command.Subcommands.Any(c => c.Name == args[1]))
        {
            return null;
        }

        var kind = NearestName.For(args[1], command.Subcommands.Select(c => c.Name));
        return kind is null ? null : $"councilsite: {command.Name} cannot make a '{args[1]}'. Did you mean 'councilsite {command.Name} {kind}'?";
    }
}
