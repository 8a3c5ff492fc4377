using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Sections.Meetings.Timing;
using CouncilSite.Settings;

namespace CouncilSite.Sections.Meetings;

/// <summary>Loads <c>meetings/*/</c>: one folder a meeting, with its agenda, minutes and papers.</summary>
public static class MeetingLoader
{
    public const string Folder = "meetings";

    public static IReadOnlyList<Meeting> Load(LoadContext context)
    {
        foreach (var stray in context.Folder.Files(Folder, recursive: false))
        {
            context.Diagnostics.Warning(stray, 0, 0, DiagnosticCodes.UnsupportedFile,
                "This file is not inside a meeting folder, so it is not published.",
                "Move it into the folder of the meeting it belongs to, e.g. meetings/2026-01-15-full-council/.");
        }

        var folders = context.Folder.Folders(Folder);
        var meetings = new Meeting?[folders.Count];
        Parallel.For(0, folders.Count, i => meetings[i] = context.Part(folders[i], part => LoadOne(folders[i], part)));
        var loaded = meetings.OfType<Meeting>().ToList();
        MeetingTiming.Check(loaded, context);
        return loaded;
    }

    private static Meeting? LoadOne(string folder, LoadContext context)
    {
        var name = folder[(folder.LastIndexOf('/') + 1)..];
        var (parsed, problem, detail) = MeetingFolderName.Parse(name, context.Config.Committees);
        if (parsed is null)
        {
            ReportName(folder, problem, detail, context);
            return null;
        }

        // One listing of the folder answers which of its files exist (each question to the disk costs three system calls).
        var files = context.Folder.Files(folder);
        var own = MeetingFiles.Find(folder, files, parsed.Date < context.Today, context.Diagnostics);
        var settings = own.Settings is { } settingsFile ? context.ReadYaml(settingsFile, MeetingSettings.Meeting) : null;
        var agenda = own.Agenda is { } agendaFile ? LoadAgenda(agendaFile, context) : null;
        var minutes = own.Minutes is { } minutesFile ? LoadMinutes(minutesFile, parsed.Date, context) : null;
        var statusText = settings?.OneOf("status");
        var status = statusText is null
            ? (parsed.Date < context.Today ? MeetingStatus.Held : MeetingStatus.Scheduled)
            : Enum.Parse<MeetingStatus>(statusText, ignoreCase: true);

        if (minutes is not null && parsed.Date > context.Today)
        {
            context.Diagnostics.Error(minutes.File, 1, 1, DiagnosticCodes.MinutesOfFutureMeeting,
                $"These are minutes of a meeting dated {parsed.Date:yyyy-MM-dd}, which has not happened yet.",
                "Check the date in the folder name, or move the minutes to the folder of the meeting they record.");
        }

        if (minutes is not null && status == MeetingStatus.Cancelled)
        {
            context.Diagnostics.Warning(minutes.File, 1, 1, DiagnosticCodes.CancelledWithMinutes,
                "This meeting is marked as cancelled in meeting.yml but has minutes.",
                "If the meeting took place, change 'status: cancelled' to 'status: held' (or remove it).");
        }

        var title = settings?.String("title")
            ?? (parsed.Suffix is null ? parsed.Committee.Name : $"{parsed.Committee.Name} ({Titles.FromSlug(parsed.Suffix)})");
        var papers = LoadPapers(folder, files, own.Taken, context);
        // A minutes.pdf standing in for the minutes is warned about already, with the fix that also makes it accessible.
        AccessiblePapers.Check(parsed.Date, papers.Where(p => !own.StandIns.Contains(p.File.File)), PublishedMarkdownStems(agenda, minutes, papers), context.Diagnostics);

        return new Meeting(
            name,
            folder,
            parsed.Date,
            parsed.Committee,
            parsed.Suffix,
            settings?.Time("time"),
            settings?.String("location"),
            status,
            statusText is not null,
            title,
            agenda,
            minutes,
            papers,
            settings?.Extra() ?? new Dictionary<string, object?>())
        {
            SettingsFile = own.Settings,
        };
    }

    private static void ReportName(string folder, MeetingFolderName.Problem problem, string detail, LoadContext context)
    {
        var known = string.Join(", ", context.Config.Committees.Select(c => c.Id));
        switch (problem)
        {
            case MeetingFolderName.Problem.ImpossibleDate:
                context.Diagnostics.Error(folder, 0, 0, DiagnosticCodes.InvalidDate,
                    $"The meeting folder's date {detail} is not a real date.",
                    "Rename the folder with the meeting's real date, written YYYY-MM-DD, e.g. 2026-01-15-full-council.");
                break;
            case MeetingFolderName.Problem.UnknownCommittee:
                context.Diagnostics.Error(folder, 0, 0, DiagnosticCodes.UnknownCommittee,
                    $"'{detail}' in the folder name is not a committee listed in site.yml.",
                    known.Length == 0
                        ? "Add the committee under 'committees:' in site.yml."
                        : $"Use one of the committee ids from site.yml ({known}), or add this committee there.");
                break;
            default:
                var name = folder[(folder.LastIndexOf('/') + 1)..];
                var lower = name.ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
                var renamed = lower != name && MeetingFolderName.Parse(lower, context.Config.Committees).Result is not null;
                context.Diagnostics.Error(folder, 0, 0, DiagnosticCodes.MeetingFolderName,
                    renamed
                        ? "A meeting folder's name is written in lower case, with hyphens between the words."
                        : "A meeting folder's name must start with the meeting's date (YYYY-MM-DD) and then a committee id.",
                    renamed
                        ? $"Rename the folder {lower}."
                        : $"Rename it YYYY-MM-DD-committee, e.g. 2026-01-15-{context.Config.Committees.FirstOrDefault()?.Id ?? "full-council"}. The committee ids in site.yml are: {(known.Length == 0 ? "(none yet)" : known)}.");
                break;
        }
    }

    private static Agenda? LoadAgenda(string file, LoadContext context)
    {
        if (context.ReadMarkdown(file, MeetingSettings.Agenda) is not { } read)
        {
            return null;
        }

        var fields = read.Front.Fields;
        return new Agenda(context.DrawnSource(read), fields.Date("published"), fields.LineOf("published"));
    }

    private static Minutes? LoadMinutes(string file, DateOnly meetingDate, LoadContext context)
    {
        if (context.ReadMarkdown(file, MeetingSettings.Minutes) is not { } read)
        {
            return null;
        }

        var fields = read.Front.Fields;
        var approved = fields.Date("approved");
        var statusText = fields.OneOf("status");
        if (statusText == "draft" && approved is not null)
        {
            context.Diagnostics.Error(file, fields.LineOf("status"), 1, DiagnosticCodes.InvalidValue,
                "These minutes say 'status: draft' but also give the date they were approved.",
                "Once the council approves the minutes, change 'status: draft' to 'status: approved' (or remove it).");
        }

        if (approved is { } date && date < meetingDate)
        {
            context.Diagnostics.Error(file, fields.LineOf("approved"), 1, DiagnosticCodes.ApprovedBeforeMeeting,
                $"The minutes are approved on {date:yyyy-MM-dd}, before the meeting itself on {meetingDate:yyyy-MM-dd}.",
                "Minutes are approved at a later meeting: give the date of the meeting that approved them.");
        }

        // Minutes that say nothing are treated as draft: the site never claims an approval the clerk did not record.
        var status = approved is not null || statusText == "approved" ? MinutesStatus.Approved : MinutesStatus.Draft;
        var found = context.FindDecisions(read.Parsed);
        return new Minutes(context.DrawnSource(read, found.Anchors), status, approved, found.Decisions, found.Anchors);
    }

    /// <param name="files">Every file in the meeting's folder.</param>
    /// <param name="taken">The files read as the meeting's settings, agenda and minutes, or set aside as such.</param>
    private static IReadOnlyList<Paper> LoadPapers(string folder, IReadOnlyList<string> files, IReadOnlySet<string> taken, LoadContext context)
    {
        // A paper's .yml description; meeting.yml describes the meeting itself.
        bool IsDescription(string file) => IsYaml(file) && !taken.Contains(file);
        var papers = new List<Paper>();
        foreach (var file in files)
        {
            var relative = file[(folder.Length + 1)..];
            if (taken.Contains(file))
            {
                continue;
            }

            if (IsDescription(file))
            {
                continue; // A paper's description, read with the paper below.
            }

            if (context.Attachment(file) is not { } attachment)
            {
                continue;
            }

            if (attachment.Extension == ".md")
            {
                if (context.ReadMarkdown(file, MeetingSettings.Paper) is not { } read)
                {
                    continue;
                }

                var name = relative[..^3];
                var title = read.Front.Fields.String("title") ?? read.Source.TitleLine ?? Titles.FromSlug(name[(name.LastIndexOf('/') + 1)..]);
                papers.Add(new Paper(title, attachment, context.DrawnSource(read), SiteAddress.PageOf(attachment.Address)));
            }
            else
            {
                // A file paper may have a description beside it (payments-2026-11.yml) giving its title.
                // The clerk's own ending: the published one is folded, and may be longer or shorter.
                var stem = relative[..^Path.GetExtension(relative).Length];
                var description = files.FirstOrDefault(f => IsDescription(f) && Stem(f) == $"{folder}/{stem}");
                var title = description is null ? null : context.ReadYaml(description, MeetingSettings.Paper)?.String("title");
                papers.Add(new Paper(title ?? Titles.FromSlug(Path.GetFileName(stem)), attachment, null, attachment.Address));
            }
        }

        foreach (var orphan in files.Where(f => IsDescription(f) && !files.Any(p => !IsDescription(p) && Stem(p) == Stem(f))))
        {
            context.Diagnostics.Warning(orphan, 0, 0, DiagnosticCodes.SidecarWithoutFile,
                "This description has no paper beside it with the same name.",
                "Check the spelling of both file names: they must be the same apart from the ending (.pdf, .yml).");
        }

        return papers;
    }

    /// <summary>
    /// The names (without ".md") of the meeting's Markdown files that are published as web pages;
    /// one left out (empty, say) is no accessible version of the paper of the same name.
    /// </summary>
    private static HashSet<string> PublishedMarkdownStems(Agenda? agenda, Minutes? minutes, IReadOnlyList<Paper> papers) =>
        new[] { agenda?.File, minutes?.File }.Concat(papers.Where(p => p.Content is not null).Select(p => p.File.File))
            .OfType<string>().Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string Stem(string file) => Path.ChangeExtension(file, null);

    private static bool IsYaml(string file) =>
        file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
}
