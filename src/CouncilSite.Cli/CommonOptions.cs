using System.CommandLine;
using CouncilSite.Diagnostics;
using CouncilSite.Yaml;

namespace CouncilSite.Cli;

/// <summary>
/// The argument and option every command shares. Their checks run while the command line is
/// parsed, so a wrong folder or date is a usage error (exit code 2) in every command alike.
/// </summary>
public static class CommonOptions
{
    public static Argument<DirectoryInfo> SiteFolder() =>
        new Argument<DirectoryInfo>("site-folder") { Description = "The council's folder, the one holding site.yml." }.AcceptExistingOnly();

    public static Option<DateOnly?> Today(string description) => Date("--today", description);

    /// <summary>Where to write every message; the printed list stops at <see cref="MessageSummary.Limit"/>.</summary>
    public static Option<string?> MessagesFile() => new("--messages-file")
    {
        Description = $"Write every message, in full, to this file, outside the site folder (e.g. {Diagnostics.MessagesFile.DefaultName}). " +
                      $"Past {MessageSummary.Limit} messages, only the first {MessageSummary.Limit} are printed, errors first, then one line for each kind of the rest.",
        HelpName = "file",
        Validators =
        {
            result =>
            {
                if (result.Tokens.Count == 1 && string.IsNullOrWhiteSpace(result.Tokens[0].Value))
                {
                    result.AddError($"--messages-file needs the name of a file, e.g. --messages-file {Diagnostics.MessagesFile.DefaultName}.");
                }
            },
        },
    };

    /// <summary>An option taking a date written YYYY-MM-DD.</summary>
    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (SettingFormats.TryDate(text, out var date))
            {
                return date;
            }

            result.AddError($"{name} takes a date written YYYY-MM-DD, not '{text}'.");
            return null;
        },
    };
}
