using CouncilSite.Site;

namespace CouncilSite.Sections.Meetings.Decisions;

/// <summary>An entry of the decisions register: a resolution with the meeting that made it.</summary>
public sealed record Decision(Meeting Meeting, MinutedDecision Minuted)
{
    public DateOnly Date => Meeting.Date;

    public Committee Committee => Meeting.Committee;

    /// <summary>The exact place in the minutes page: <c>/meetings/{id}/minutes/#decision-c048-23</c>.</summary>
    public string Address => MeetingRoutes.Decision(Meeting, Minuted.Anchor);
}
