using static CouncilSite.Settings.SettingType;

namespace CouncilSite.Settings;

/// <summary>The settings of a meeting's folder: <c>meeting.yml</c>, the agenda's and minutes' front matter, and papers.</summary>
public static class MeetingSettings
{
    public static readonly IReadOnlyList<string> Statuses = ["scheduled", "held", "cancelled", "postponed"];
    public static readonly IReadOnlyList<string> MinutesStatuses = ["draft", "approved"];

    public static readonly FileKind Meeting = new("meeting", "meeting.yml", "A meeting's time, place and status, in meeting.yml in the meeting's folder. Every setting is optional.",
        new SettingGroup("meeting.yml",
        [
            new Setting("time", Time, "When the meeting starts, HH:MM on the 24-hour clock.") { Example = "\"19:30\"", AlsoWrittenAs = ["start", "starts", "start_time"] },
            new Setting("location", Text, "Where the meeting is held.") { Example = "\"Village Hall, Church Lane, Little Bramford\"", AlsoWrittenAs = ["venue", "place", "where", "room"] },
            new Setting("status", OneOf, "Whether the meeting is to come, has been held, was cancelled or was put off.")
            {
                Allowed = Statuses,
                Example = "held",
                Default = "scheduled until the meeting's date, then held",
            },
            new Setting("title", Text, "The meeting's heading.") { Example = "Annual Meeting of the Council", Default = "the committee's name (with the folder's suffix)", AlsoWrittenAs = ["name"] },
        ]))
    {
        YamlFiles = ["meetings/*/meeting.yml"],
    };

    public static readonly FileKind Agenda = new("agenda", "Agenda (agenda.md)", "The front matter of a meeting's agenda.md.",
        new SettingGroup("an agenda",
        [
            new Setting("published", Date, "The date the agenda (the summons) was published, checked against the three-clear-days rule.") { Example = "2026-11-13", AlsoWrittenAs = ["issued", "date"] },
        ]))
    {
        MarkdownFiles = ["meetings/*/agenda.md"],
    };

    public static readonly FileKind Minutes = new("minutes", "Minutes (minutes.md)", "The front matter of a meeting's minutes.md. Minutes that give neither setting are treated as a draft.",
        new SettingGroup("minutes",
        [
            new Setting("status", OneOf, "Whether the minutes are a draft or have been approved.") { Allowed = MinutesStatuses, Example = "approved", Default = "draft" },
            new Setting("approved", Date, "The date the council approved the minutes; this makes them approved.") { Example = "2026-11-19", AlsoWrittenAs = ["approved_on", "date_approved", "signed"] },
        ]))
    {
        MarkdownFiles = ["meetings/*/minutes.md"],
    };

    public static readonly FileKind Paper = new("paper", "Meeting papers", "The front matter of a paper written in Markdown in a meeting's folder (clerks-report.md), or the .yml description beside a paper in another format (payments-2026-11.yml beside payments-2026-11.csv).",
        new SettingGroup("a meeting paper",
        [
            new Setting("title", Text, "The paper's title.") { Example = "Payments for approval, November 2026", Default = "the '# Heading' a Markdown paper starts with, else the file name", AlsoWrittenAs = ["name"] },
        ]))
    {
        MarkdownFiles = ["meetings/*/*.md"],
    };
}
