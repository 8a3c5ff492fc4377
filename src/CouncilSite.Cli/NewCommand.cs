using System.CommandLine;
using CouncilSite.Site;
using CouncilSite.Starter;

namespace CouncilSite.Cli;

/// <summary>
/// <c>councilsite new &lt;folder&gt;</c> starts a council's site folder, asking what its options do
/// not say when someone is at the terminal; <c>new meeting|policy|news|councillor &lt;site-folder&gt;</c>
/// add one item to a site. Exit codes: 0 written; 1 the site's site.yml cannot be read; 2 the
/// command line is wrong, an answer cannot be used, a file is already there (nothing is overwritten)
/// or cannot be written there.
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, TextReader? terminal)
    {
        var folder = new Argument<string>("folder") { Description = "The new site's folder: one that does not exist yet, or is empty." };
        var name = Text("--name", "The council's full name, e.g. \"Little Bramford Parish Council\".");
        var kind = Text("--kind", "parish, town, community or city (default: the one the name says).");
        var nation = Text("--nation", "England, Wales or Scotland.");
        var committees = new Option<string[]>("--committee")
        {
            Description = "A committee besides the Full Council, by its name, e.g. \"Planning Committee\"; repeat for each.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var clerkName = Text("--clerk-name", "The clerk's name, shown at the foot of every page.");
        var clerkEmail = Text("--clerk-email", "The clerk's email address.");
        var clerkPhone = Text("--clerk-phone", "The clerk's phone number (optional).");
        var clerkAddress = Text("--clerk-address", "The clerk's postal address (optional).");
        var url = Text("--url", "The website's address, e.g. https://www.littlebramford-pc.gov.uk (optional).");
        var workflow = Text("--workflow", "github or gitlab: add the file that builds and publishes the site there (see docs/publishing.md).");
        var today = CommonOptions.Today("Write as if today were this date (YYYY-MM-DD).");
        var command = new Command("new", "Start a council's site folder, or add a meeting, policy, news item or councillor to one.")
        {
            folder, name, kind, nation, committees, clerkName, clerkEmail, clerkPhone, clerkAddress, url, workflow, today,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(folder)!;
            if (NewSite.Refusal(path) is { } refusal)
            {
                return Refuse(stderr, refusal);
            }

            var ask = new Questions(terminal, stdout);
            var councilName = ask.Get(result.GetValue(name), "--name", "The council's full name",
                t => StarterAnswers.Name(t, "council's name", "Little Bramford Parish Council"));
            var councilNation = ask.Get(result.GetValue(nation), "--nation", "England, Wales or Scotland", StarterAnswers.Nation);
            // Scotland has only community councils, so its kind goes without saying.
            var suggested = (councilName is null ? null : StarterAnswers.KindIn(councilName)) ?? (councilNation == Nation.Scotland ? CouncilKind.Community : null);
            var councilKind = ask.Get(result.GetValue(kind), "--kind", "Parish, town, community or city council",
                t => StarterAnswers.Kind(t) is { Ok: true } read && StarterAnswers.KindProblem(read.Value, councilNation) is { } mismatch
                    ? Answer<CouncilKind>.Bad(mismatch)
                    : StarterAnswers.Kind(t),
                suggested?.ToString().ToLowerInvariant());
            var committeeNames = result.GetValue(committees) ?? [];
            var council = committeeNames.Length > 0
                ? ask.Check(StarterAnswers.Committees(committeeNames), "--committee")
                : ask.Lines("--committee", "The council's committees besides the Full Council, e.g. Planning Committee: one a line, then an empty line.", StarterAnswers.Committees);
            var clerk = new Clerk(
                ask.Get(result.GetValue(clerkName), "--clerk-name", "The clerk's name", t => StarterAnswers.Name(t, "clerk's name", "Sarah Pennington")),
                ask.Get(result.GetValue(clerkEmail), "--clerk-email", "The clerk's email address", StarterAnswers.Email),
                ask.Get(result.GetValue(clerkPhone), "--clerk-phone", "The clerk's phone number (leave empty for none)", t => StarterAnswers.Optional(t, "phone number"), required: false),
                ask.Get(result.GetValue(clerkAddress), "--clerk-address", "The clerk's postal address, on one line (leave empty for none)", t => StarterAnswers.Optional(t, "address"), required: false));
            var address = ask.Get(result.GetValue(url), "--url", "The website's address, if it has one (leave empty for none)", StarterAnswers.Url, required: false);
            var host = result.GetValue(workflow) is { } hostText ? ask.Get(hostText, "--workflow", "", StarterAnswers.Host) : (GitHost?)null;
            if (ask.Problems.Count > 0)
            {
                foreach (var problem in ask.Problems)
                {
                    stderr.WriteLine($"councilsite new: {problem}");
                }

                stderr.WriteLine("Usage: councilsite new <folder> --name \"...\" --nation england|wales|scotland --clerk-name \"...\" --clerk-email ...   (councilsite new --help for more)");
                return CommandLine.UsageError;
            }

            var starter = new StarterCouncil(councilName!, councilKind, councilNation, council, clerk, address, host);
            return Report(NewSite.Write(path, starter, Today(result.GetValue(today))), $"Made the site folder {path}:", stdout, stderr);
        });

        command.Subcommands.Add(Meeting(stdout, stderr));
        command.Subcommands.Add(Item("policy", "Add a policy to a site folder.", "--title", "The policy's title, e.g. \"Standing Orders\".", stdout, stderr,
            (site, title, _) => NewPages.Policy(site, title)));
        command.Subcommands.Add(Item("news", "Add a news item or public notice to a site folder.", "--title", "The news item's title.", stdout, stderr,
            NewPages.News, CommonOptions.Date("--date", "The day it is published, YYYY-MM-DD (default: today).")));
        command.Subcommands.Add(Item("councillor", "Add a councillor's page to a site folder.", "--name", "The councillor's name, e.g. \"Jane Smith\".", stdout, stderr,
            (site, councillor, _) => NewPages.Councillor(site, councillor)));
        command.Subcommands.Add(Workflow(stdout, stderr));
        return command;
    }

    private static Command Workflow(TextWriter stdout, TextWriter stderr)
    {
        var site = CommonOptions.SiteFolder();
        var host = new Option<string>("--host") { Description = "github or gitlab.", Required = true };
        var command = new Command("workflow", "Add the file that builds and publishes a site folder on a Git host (see docs/publishing.md).") { site, host };
        command.SetAction(result => WithSite(result.GetValue(site)!, stdout, stderr, opened =>
        {
            var answer = StarterAnswers.Host(result.GetValue(host)!);
            return answer.Ok ? PublishingWorkflows.WriteInto(opened.Root, answer.Value) : StarterResult.Refused($"--host: {answer.Problem}");
        }));
        return command;
    }

    private static Command Meeting(TextWriter stdout, TextWriter stderr)
    {
        var site = CommonOptions.SiteFolder();
        var committee = new Option<string>("--committee") { Description = "The committee's id in site.yml, e.g. full-council or planning.", Required = true };
        var date = CommonOptions.Date("--date", "The day of the meeting, YYYY-MM-DD.");
        date.Required = true;
        var time = Text("--time", "The start time on the 24-hour clock, e.g. 19:30.");
        var location = Text("--location", "Where it is held, e.g. \"Village Hall, Church Lane\".");
        var suffix = Text("--suffix", "A word for a second meeting of the committee that day, or a special one: annual, extraordinary.");
        var today = CommonOptions.Today("Write as if today were this date (YYYY-MM-DD).");
        var command = new Command("meeting", "Add a meeting's folder with its meeting.yml and agenda, and say the last day to publish the agenda.")
        {
            site, committee, date, time, location, suffix, today,
        };
        command.SetAction(result => WithSite(result.GetValue(site)!, stdout, stderr, opened =>
        {
            var request = new NewMeeting.Request(result.GetValue(committee)!, result.GetValue(date)!.Value,
                result.GetValue(time), result.GetValue(location), result.GetValue(suffix));
            return NewMeeting.Write(opened, request, Today(result.GetValue(today)));
        }));
        return command;
    }

    private static Command Item(string kind, string description, string option, string optionDescription, TextWriter stdout, TextWriter stderr,
        Func<StarterSite, string, DateOnly, StarterResult> write, Option<DateOnly?>? date = null)
    {
        var site = CommonOptions.SiteFolder();
        var text = new Option<string>(option) { Description = optionDescription, Required = true };
        var command = new Command(kind, description) { site, text };
        var today = CommonOptions.Today("Write as if today were this date (YYYY-MM-DD).");
        command.Options.Add(today);
        if (date is not null)
        {
            command.Options.Add(date);
        }

        command.SetAction(result => WithSite(result.GetValue(site)!, stdout, stderr, opened =>
            write(opened, result.GetValue(text)!, (date is null ? null : result.GetValue(date)) ?? Today(result.GetValue(today)))));
        return command;
    }

    private static int WithSite(DirectoryInfo folder, TextWriter stdout, TextWriter stderr, Func<StarterSite, StarterResult> write)
    {
        var (site, diagnostics) = StarterSite.Open(folder.FullName);
        if (site is null)
        {
            foreach (var diagnostic in diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            stderr.WriteLine($"councilsite new: the site.yml of {folder.FullName} cannot be read (above), so nothing was written.");
            return CommandLine.ContentErrors;
        }

        return Report(write(site), "Wrote", stdout, stderr);
    }

    private static int Report(StarterResult result, string heading, TextWriter stdout, TextWriter stderr)
    {
        if (result.Refusal is { } refusal)
        {
            return Refuse(stderr, refusal);
        }

        stdout.WriteLine(heading);
        foreach (var file in result.Written)
        {
            stdout.WriteLine($"  {file}");
        }

        if (result.Address is { } address)
        {
            stdout.WriteLine($"Its address will be {address}");
        }

        foreach (var note in result.Notes)
        {
            stdout.WriteLine(note);
        }

        return CommandLine.Success;
    }

    private static int Refuse(TextWriter stderr, string refusal)
    {
        stderr.WriteLine($"councilsite new: {refusal}");
        return CommandLine.UsageError;
    }

    private static Option<string?> Text(string name, string description) => new(name) { Description = description };

    /// <summary>The day on the council's calendar: UK councils all keep London time.</summary>
    private static DateOnly Today(DateOnly? given) =>
        given ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);
}
