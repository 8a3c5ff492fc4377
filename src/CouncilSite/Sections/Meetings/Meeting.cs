using CouncilSite.Content;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Sections.Meetings.Decisions;
using CouncilSite.Site;

namespace CouncilSite.Sections.Meetings;

public enum MeetingStatus
{
    Scheduled,
    Held,
    Cancelled,
    Postponed,
}

public enum MinutesStatus
{
    Draft,
    Approved,
}

/// <summary>One meeting: a folder <c>meetings/YYYY-MM-DD-committee[-suffix]/</c>.</summary>
/// <param name="Id">The folder name, which is also the address: <c>/meetings/{Id}/</c>.</param>
/// <param name="StatusGiven">False when the status was worked out from the date rather than written.</param>
public sealed record Meeting(
    string Id,
    string Folder,
    DateOnly Date,
    Committee Committee,
    string? Suffix,
    TimeOnly? Time,
    string? Location,
    MeetingStatus Status,
    bool StatusGiven,
    string Title,
    Agenda? Agenda,
    Minutes? Minutes,
    IReadOnlyList<Paper> Papers,
    IReadOnlyDictionary<string, object?> Extra)
{
    public string Address => MeetingRoutes.Meeting(Id);

    /// <summary>The file read as the meeting's settings (<c>meeting.yml</c>, or the clerk's spelling of it), or null when there is none.</summary>
    public string? SettingsFile { get; init; }

    /// <summary>A meeting still to come (scheduled or postponed to a date not yet past).</summary>
    public bool IsUpcoming(DateOnly today) => Date >= today && Status is MeetingStatus.Scheduled or MeetingStatus.Postponed;
}

/// <param name="Published">The date the summons was published, when the clerk recorded it.</param>
/// <param name="PublishedLine">The line of <c>published:</c> in the file (or 1), where notice warnings point.</param>
public sealed record Agenda(MarkdownSource Content, DateOnly? Published, int PublishedLine)
{
    public string File => Content.File;
}

/// <param name="Approved">The date the council approved these minutes.</param>
/// <param name="Decisions">Every resolution in the minutes, in order.</param>
/// <param name="Anchors">The ids that mark each decision on the minutes page, where the register links to.</param>
public sealed record Minutes(MarkdownSource Content, MinutesStatus Status, DateOnly? Approved, IReadOnlyList<MinutedDecision> Decisions, IReadOnlyList<BlockAnchor>? Anchors = null)
{
    public string File => Content.File;
}

/// <summary>A supporting paper: a file shown with type and size, or a Markdown paper with a page of its own.</summary>
public sealed record Paper(string Title, FileAttachment File, MarkdownSource? Content, string Address);
