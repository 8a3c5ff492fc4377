using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.Meetings.Calendar;

namespace CouncilSite.Sections.Meetings;

/// <summary>The meetings index: what is coming, the latest years in full and a link to each earlier one.</summary>
public sealed record MeetingsPageModel(
    IReadOnlyList<MeetingView> Upcoming,
    IReadOnlyList<YearGroup> RecentYears,
    IReadOnlyList<YearGroup> EarlierYears,
    IReadOnlyList<MeetingLink> Committees,
    CalendarLink Calendar) : PageModel
{
    public override string Layout => "layouts/meetings.html";
}

/// <summary>A year's meetings, of the council and its committees or of one committee.</summary>
/// <param name="Committee">Null for every meeting of the year.</param>
public sealed record MeetingsYearPageModel(int Year, IReadOnlyList<MeetingView> Meetings, CommitteeView? Committee) : PageModel
{
    public override string Layout => "layouts/meetings-year.html";
}

/// <summary>A meeting's page, with the decisions its minutes record.</summary>
/// <param name="Extra">The clerk's own settings in meeting.yml.</param>
/// <param name="StructuredData">The meeting as a schema.org event, in JSON-LD.</param>
public sealed record MeetingPageModel(
    MeetingView Meeting,
    IReadOnlyDictionary<string, object?> Extra,
    IReadOnlyList<DecisionLink> Decisions,
    SafeHtml? StructuredData) : PageModel
{
    public override string Layout => "layouts/meeting.html";
}

/// <summary>A meeting's agenda, minutes or paper written in Markdown.</summary>
/// <param name="Kind"><c>agenda</c>, <c>minutes</c> or <c>paper</c>.</param>
public sealed record MeetingDocumentPageModel(MeetingView Meeting, string Kind, string Heading) : PageModel
{
    public override string Layout => "layouts/meeting-document.html";
}

/// <summary>The list of committees.</summary>
public sealed record CommitteesPageModel(IReadOnlyList<CommitteeView> Committees) : PageModel
{
    public override string Layout => "layouts/committees.html";
}

/// <summary>A committee's meetings: what is coming, the latest years in full and a link to each earlier one.</summary>
public sealed record CommitteePageModel(
    CommitteeView Committee,
    IReadOnlyList<MeetingView> Upcoming,
    IReadOnlyList<YearGroup> RecentYears,
    IReadOnlyList<YearGroup> EarlierYears,
    CalendarLink Calendar) : PageModel
{
    public override string Layout => "layouts/committee.html";
}
