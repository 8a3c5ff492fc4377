using System.CommandLine;
using CouncilSite.Build;
using CouncilSite.Languages;
using CouncilSite.Transparency;

namespace CouncilSite.Cli;

/// <summary>
/// <c>councilsite check &lt;site-folder&gt; [--strict] [--today YYYY-MM-DD] [--messages-file FILE]</c>:
/// prints the folder's messages, its transparency checklist and, for a site in more than one
/// language, how much is translated. Exit codes: 0 checked; 1 the folder has errors, or the
/// messages file could not be written, or with <c>--strict</c> a required item is missing or out
/// of date, or a translation is missing on a site that requires them all; 2 the command line is
/// wrong.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = CommonOptions.SiteFolder();
        var strict = new Option<bool>("--strict") { Description = "Exit with code 1 when an item the transparency code requires is missing or out of date, or a translation is missing on a site whose site.yml says 'translations: complete'." };
        var today = CommonOptions.Today("Check as if today were this date (YYYY-MM-DD).");
        var messages = CommonOptions.MessagesFile();
        var command = new Command("check", "Check a site folder against its transparency code, and for personal data, without building it.") { site, strict, today, messages };
        command.SetAction(result =>
        {
            var current = Environment.CurrentDirectory;
            var folder = result.GetValue(site)!.FullName;
            if (MessageReport.Open(result.GetValue(messages), folder, output: null, current, stderr) is not { } report)
            {
                return CommandLine.UsageError;
            }

            var outcome = SiteCheck.Run(folder, result.GetValue(today));
            var written = report.Print(outcome.Diagnostics, stderr);

            if (outcome.HasErrors)
            {
                stderr.WriteLine("The folder has errors (above), so the checklist may be incomplete; a build would stop on them.");
            }

            Print(outcome, stdout);
            if (outcome.Translations is { } translations)
            {
                Print(translations, stdout);
            }

            return outcome.HasErrors || !written || (result.GetValue(strict) && outcome.FailsStrict) ? CommandLine.ContentErrors : CommandLine.Success;
        });
        return command;
    }

    private static void Print(CheckResult outcome, TextWriter stdout)
    {
        if (!outcome.Read)
        {
            return;
        }

        if (outcome.Report is not { } report)
        {
            stdout.WriteLine("No transparency code applies (site.yml says 'transparency: none'), so there is no checklist.");
            return;
        }

        var year = report.LatestEndedYear;
        stdout.WriteLine($"{report.RegimeName}, checked on {report.Today:yyyy-MM-dd}; the last financial year to have ended is {year.Label} ({year.Start:yyyy-MM-dd} to {year.End:yyyy-MM-dd}).");
        var width = report.Items.Max(i => i.StatusText.Length);
        foreach (var item in report.Items)
        {
            var covers = item.Covers is null ? "" : $" [{item.Covers}]";
            var applies = item.Rule.Required ? "" : " (where it applies)";
            stdout.WriteLine($"  {item.StatusText.PadRight(width)}  {item.Title}{applies}{covers}");
            foreach (var evidence in item.Evidence)
            {
                stdout.WriteLine($"  {"".PadRight(width)}    {evidence.Address} {evidence.Title}{(evidence.Covers is null ? "" : $" ({evidence.Covers})")}");
            }

            if (item.Status != ItemStatus.Current)
            {
                stdout.WriteLine($"  {"".PadRight(width)}    {item.Explanation}");
            }
        }

        var counts = Enum.GetValues<ItemStatus>().Where(s => report.Count(s) > 0).Select(s => $"{report.Count(s)} {ChecklistItem.StatusName(s).ToLowerInvariant()}");
        stdout.WriteLine($"{report.Items.Count} items: {string.Join(", ", counts)}.");
    }

    /// <summary>A section's missing translations listed one a line, up to this many; a long list ends with how many more.</summary>
    private const int Listed = 20;

    private static void Print(TranslationCoverage coverage, TextWriter stdout)
    {
        foreach (var language in coverage.Languages)
        {
            stdout.WriteLine($"{language.Name} ({language.Code}): {language.Translated} of {language.Texts} texts translated.");
            foreach (var section in language.Sections)
            {
                stdout.WriteLine($"  {section.Folder}/: {section.Translated} of {section.Texts}{(section.Missing.Count > 0 ? "; not translated:" : "")}");
                foreach (var missing in section.Missing.Take(Listed))
                {
                    stdout.WriteLine($"    {missing.File}");
                }

                if (section.Missing.Count > Listed)
                {
                    stdout.WriteLine($"    and {section.Missing.Count - Listed} more");
                }
            }
        }

        if (coverage.Fails)
        {
            stdout.WriteLine("site.yml says 'translations: complete', so each text not translated is a warning, and fails 'check --strict'.");
        }
    }
}
