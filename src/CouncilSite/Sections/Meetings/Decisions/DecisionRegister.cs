namespace CouncilSite.Sections.Meetings.Decisions;

/// <summary>The order of the decisions register: newest meeting first, and in minute order within a meeting.</summary>
public static class DecisionRegister
{
    /// <summary>The meetings with minutes, in the register's order; each meeting's decisions follow in the order its minutes give them.</summary>
    public static IEnumerable<Meeting> Meetings(IEnumerable<Meeting> meetings) =>
        meetings
            .Where(m => m.Minutes is not null)
            .OrderByDescending(m => m.Date)
            .ThenBy(m => m.Id, StringComparer.Ordinal);
}
