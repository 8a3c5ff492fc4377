using System.Text.RegularExpressions;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Meetings.Timing;
using CouncilSite.Site;
using CouncilSite.Yaml;

namespace CouncilSite.Starter;

/// <summary>
/// <c>councilsite new meeting</c>: a meeting's folder with its meeting.yml and an agenda holding
/// the items every meeting has, and the last day the agenda may be published.
/// </summary>
public static partial class NewMeeting
{
    public sealed record Request(string Committee, DateOnly Date, string? Time, string? Location, string? Suffix);

    /// <summary>Before any council's website; a date before it is a slip of the keyboard.</summary>
    private static readonly DateOnly Earliest = new(1990, 1, 1);

    public static StarterResult Write(StarterSite site, Request request, DateOnly today)
    {
        if (request.Date < Earliest)
        {
            return StarterResult.Refused($"{request.Date:yyyy-MM-dd} is before any meeting a website publishes: check the year of --date.");
        }

        if (FindCommittee(site.Config, request.Committee) is not { } committee)
        {
            return StarterResult.Refused(UnknownCommittee(site.Config, request.Committee));
        }

        TimeOnly? time = null;
        if (request.Time is { } timeText)
        {
            if (!SettingFormats.TryTime(timeText.Trim(), out var parsed))
            {
                return StarterResult.Refused($"'{timeText}' is not a time written as HH:MM: use the 24-hour clock with a colon, e.g. 19:30 for half past seven in the evening.");
            }

            time = parsed;
        }

        var location = StarterAnswers.Optional(request.Location ?? "", "location");
        if (!location.Ok)
        {
            return StarterResult.Refused(location.Problem!);
        }

        var name = $"{request.Date:yyyy-MM-dd}-{committee.Id}";
        if (request.Suffix is { } suffixText)
        {
            if (StarterAnswers.Slug(suffixText) is not { } suffix)
            {
                return StarterResult.Refused($"The suffix '{suffixText}' has no letter or digit: give a word such as annual or extraordinary.");
            }

            name += "-" + suffix;
        }

        // A suffix may turn the name into another committee's ('planning' + 'appeals' is 'planning-appeals').
        if (MeetingFolderName.Parse(name, site.Config.Committees).Result?.Committee.Id != committee.Id)
        {
            return StarterResult.Refused($"The folder name {name} would be read as a meeting of another committee: choose another suffix.");
        }

        var folder = $"meetings/{name}";
        var format = StarterFormat.For(site);
        var clearDays = new ClearDays(site.Config.BankHolidays);
        var deadline = clearDays.LastDayToPublish(request.Date);
        var previous = Previous(site, committee, request.Date);
        var files = new List<(string, string)>
        {
            ($"{folder}/meeting.yml", MeetingYml(committee, request.Date, time, location.Value, format)),
            ($"{folder}/agenda.md", Agenda(site.Config, committee, request.Date, time, location.Value, deadline, previous, format)),
        };
        return StarterFiles.Write(site.Root, files, site.AddressOf(MeetingRoutes.Meeting(name)), [Deadline(request.Date, deadline, today, format)]);
    }

    /// <summary>A committee by its id, or by its name as site.yml writes it, in any case.</summary>
    private static Committee? FindCommittee(SiteConfig config, string typed) =>
        config.FindCommittee(typed.Trim())
        ?? config.Committees.FirstOrDefault(c => string.Equals(c.Name, typed.Trim(), StringComparison.OrdinalIgnoreCase) || c.Id == StarterAnswers.CommitteeId(typed));

    private static string UnknownCommittee(SiteConfig config, string typed)
    {
        if (config.Committees.Count == 0)
        {
            return "site.yml lists no committees: add the council's committees under 'committees:' first (see the notes in site.yml).";
        }

        var near = NearestName.For(typed, config.Committees.Select(c => c.Id));
        var guess = near is null ? "" : $" Did you mean '{near}'?";
        var known = string.Join(", ", config.Committees.Select(c => $"{c.Id} ({c.Name})"));
        return $"There is no committee '{typed}' in site.yml.{guess} Give one of these ids: {known}.";
    }

    private static string Deadline(DateOnly meeting, DateOnly deadline, DateOnly today, Format format)
    {
        if (meeting < today)
        {
            return $"The meeting's date, {format.DayDate(meeting)}, has passed: the folder is ready to record that meeting, with its agenda and, once approved, its minutes.";
        }

        var rule = $"Publish the agenda by {format.DayDate(deadline)} at the latest: three clear days before the meeting on {format.DayDate(meeting)} (the day of publication, the day of the meeting, Sundays and bank holidays do not count).";
        return today > deadline ? $"{rule} That day has passed: the meeting cannot be called with three clear days' notice." : rule;
    }

    /// <summary>The committee's last meeting before this one, whose minutes this one approves.</summary>
    private static (string Folder, DateOnly Date)? Previous(StarterSite site, Committee committee, DateOnly date)
    {
        if (!site.Folder.DirectoryExists("meetings"))
        {
            return null;
        }

        return site.Folder.Folders("meetings")
            .Select(path => path[(path.LastIndexOf('/') + 1)..])
            .Select(name => (name, parsed: MeetingFolderName.Parse(name, site.Config.Committees).Result))
            .Where(m => m.parsed is { } p && p.Committee.Id == committee.Id && p.Date < date)
            .Select(m => ((string Folder, DateOnly Date)?)(m.name, m.parsed!.Date))
            .MaxBy(m => m!.Value.Date);
    }

    private static string MeetingYml(Committee committee, DateOnly date, TimeOnly? time, string? location, Format format)
    {
        var lines = new List<string>
        {
            $"# A meeting of {The(committee.Name)} on {format.DayDate(date)}.",
            "# Lines starting with # are notes for you, never published. Every setting is in",
            "# docs/content-format.md, under \"Meetings\".",
        };
        lines.Add(time is { } t ? $"time: \"{t:HH:mm}\"" : "# The start time on the 24-hour clock (remove the # in front):\n# time: \"19:30\"");
        lines.Add(location is { } l ? $"location: {YamlText.Scalar(l)}" : "# Where the meeting is held (remove the # in front):\n# location: Village Hall, Church Lane");
        lines.Add("# If the meeting is called off or moved, say so (remove the # in front):");
        lines.Add("# status: cancelled");
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// A committee's name after "a meeting of": "the Full Council", "the Planning Committee", and
    /// for a name that does not say what it is, "the Planning committee".
    /// </summary>
    private static string The(string name) =>
        BodyWord().IsMatch(name) ? $"the {name}" : $"the {name} committee";

    [GeneratedRegex(@"\b(council|committee|sub-?committee|group|panel|board|party|forum|meeting|trust)$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyWord();

    private static string Agenda(SiteConfig config, Committee committee, DateOnly date, TimeOnly? time, string? location,
        DateOnly deadline, (string Folder, DateOnly Date)? previous, Format format)
    {
        var where = location is null ? "" : $" at {MarkdownText.Plain(location)}";
        var when = time is { } t ? $"{format.DayDate(date)} at {format.Time(t)}" : format.DayDate(date);
        var signed = config.Clerk?.Name is { } clerk ? $"\n{MarkdownText.Plain(clerk)}, Clerk to the Council\n" : "";
        var minutes = previous is { } p
            ? $"Minutes: to approve as a correct record the minutes of the [meeting held on {format.Date(p.Date)}](../{p.Folder}/)."
            : "Minutes: to approve as a correct record the minutes of the last meeting.";
        return $"""
            ---
            # The agenda of the meeting of {The(committee.Name)} on {format.DayDate(date)}.
            # Lines starting with # are notes for you, never published.
            # Publish it by {format.DayDate(deadline)} at the latest: three clear days before the meeting.
            # When you publish it, write the day here (remove the # in front), so that the build can
            # check the notice it gave:
            # published: {deadline:yyyy-MM-dd}
            ---
            Councillors are summoned to a meeting of {MarkdownText.Plain(The(committee.Name))}{where} on **{when}**.
            {signed}
            ## Agenda

            1. Apologies for absence.
            2. Declarations of interest.
            3. {minutes}
            4. Public participation.
            <!-- Add the business of the meeting here, one numbered item a line (5., 6. ...), and
            number the date of the next meeting after them. This note is never published. -->
            5. Date and place of the next meeting.

            """;
    }
}
