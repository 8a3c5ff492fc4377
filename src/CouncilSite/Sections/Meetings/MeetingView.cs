using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Meetings.Decisions;
using CouncilSite.Sections.Meetings.Timing;

namespace CouncilSite.Sections.Meetings;

/// <summary>A meeting as the templates show it (the template's <c>meeting</c>), with its texts already written.</summary>
/// <param name="Status">One of scheduled, held, cancelled, postponed: stable words for CSS classes and themes.</param>
/// <param name="ApprovedAt">The meeting that approved the minutes, when it is in the site.</param>
/// <param name="Published">What of the meeting is on the site, in words (<see cref="PublishedWords"/>), or null for nothing.</param>
public sealed record MeetingView(
    string Id,
    string Title,
    string Address,
    string CommitteeId,
    string CommitteeName,
    string CommitteeAddress,
    string DateText,
    string DayDateText,
    string DateIso,
    int Year,
    string? TimeText,
    string? Location,
    string Status,
    string StatusLabel,
    bool Upcoming,
    string? AgendaAddress,
    string? AgendaPublishedText,
    string? MinutesAddress,
    string? MinutesStatus,
    string? MinutesApprovedText,
    MeetingLink? ApprovedAt,
    IReadOnlyList<PaperView> Papers,
    string? Published)
{
    /// <param name="approving">The meeting that approved the minutes, when it is in the site.</param>
    /// <param name="clearDays">The notice an agenda needs, for when it is due.</param>
    public static MeetingView From(Meeting meeting, DateOnly today, Meeting? approving, ClearDays clearDays, Format format) =>
        new(
            meeting.Id,
            meeting.Title,
            meeting.Address,
            meeting.Committee.Id,
            meeting.Committee.Name,
            MeetingRoutes.Committee(meeting.Committee.Id),
            format.Date(meeting.Date),
            format.DayDate(meeting.Date),
            Format.Iso(meeting.Date),
            meeting.Date.Year,
            meeting.Time is { } time ? format.Time(time) : null,
            meeting.Location,
            meeting.Status.ToString().ToLowerInvariant(),
            format.Text(StatusKey(meeting.Status)),
            meeting.IsUpcoming(today),
            meeting.Agenda is null ? null : MeetingRoutes.Agenda(meeting),
            meeting.Agenda?.Published is { } published ? format.Date(published) : null,
            meeting.Minutes is null ? null : MeetingRoutes.Minutes(meeting),
            meeting.Minutes?.Status.ToString().ToLowerInvariant(),
            meeting.Minutes?.Approved is { } a ? format.Date(a) : null,
            approving is null ? null : new MeetingLink($"{approving.Title}, {format.Date(approving.Date)}", approving.Address),
            meeting.Papers.Select(p => new PaperView(p.Title, p.Address, p.Content is null ? format.FileKind(p.File) : format.Text("files.web_page"), p.Content is null ? format.FileSize(p.File.Size) : null)).ToList(),
            PublishedWords.Of(meeting, today, clearDays, format));

    /// <summary>The string of a meeting's status in words.</summary>
    internal static string StatusKey(MeetingStatus status) => status switch
    {
        MeetingStatus.Held => "meeting_status.held",
        MeetingStatus.Cancelled => "meeting_status.cancelled",
        MeetingStatus.Postponed => "meeting_status.postponed",
        _ => "meeting_status.scheduled",
    };
}

public sealed record MeetingLink(string Title, string Address);

/// <param name="Size">The file's size, or null for a paper written as a web page.</param>
public sealed record PaperView(string Title, string Address, string Kind, string? Size);

/// <summary>A decision as the meeting page lists it, linking to its place in the minutes.</summary>
/// <param name="ItemCount">How many items the minutes list under it (payments, say), which the page counts rather than repeats.</param>
public sealed record DecisionLink(string? Reference, string? Subject, string Text, int ItemCount, string Address)
{
    public static IReadOnlyList<DecisionLink> All(Meeting meeting) =>
        meeting.Minutes?.Decisions.Select(d => new DecisionLink(d.Reference, d.Subject, d.Text, d.Items.Count, new Decision(meeting, d).Address)).ToList() ?? [];
}
