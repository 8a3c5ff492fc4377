using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Meetings.Decisions;

namespace CouncilSite.Sections.Decisions;

/// <summary>A decision as the register shows it (the template's <c>decision</c>).</summary>
/// <param name="Address">The decision's place in the minutes page.</param>
/// <param name="Draft">True when the minutes recording it are still a draft, not yet approved.</param>
public sealed record DecisionView(
    string DateText,
    string DateIso,
    int Year,
    string CommitteeId,
    string CommitteeName,
    string CommitteeAddress,
    string MeetingTitle,
    string? Reference,
    string? Subject,
    string Text,
    IReadOnlyList<string> Items,
    string Address,
    bool Draft)
{
    public static DecisionView From(Decision decision, Format format)
    {
        var meeting = decision.Meeting;
        return new DecisionView(
            format.Date(decision.Date),
            Format.Iso(decision.Date),
            decision.Date.Year,
            decision.Committee.Id,
            decision.Committee.Name,
            DecisionRoutes.Committee(decision.Committee.Id),
            $"{meeting.Title}, {format.Date(meeting.Date)}",
            decision.Minuted.Reference,
            decision.Minuted.Subject,
            decision.Minuted.Text,
            decision.Minuted.Items,
            decision.Address,
            meeting.Minutes?.Status == MinutesStatus.Draft);
    }
}

/// <summary>Decisions of one year, newest first: all of them, or the latest of them on an index.</summary>
/// <param name="Link">The year's own page, with how many decisions the year holds.</param>
public sealed record DecisionYear(DecisionYearLink Link, IReadOnlyList<DecisionView> Decisions);

/// <summary>A year of a register as a link to its page.</summary>
/// <param name="Count">How many decisions the year holds.</param>
public sealed record DecisionYearLink(int Year, int Count, string Address);

/// <summary>A committee's own view of the register, as the index links to it.</summary>
/// <param name="MeetingsAddress">The committee's page of meetings.</param>
public sealed record DecisionCommittee(string Id, string Name, string Address, string MeetingsAddress, int Count);
