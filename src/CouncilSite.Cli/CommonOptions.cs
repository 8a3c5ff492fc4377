using System.CommandLine;
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
