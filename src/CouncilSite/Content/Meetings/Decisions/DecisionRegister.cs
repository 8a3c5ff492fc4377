namespace CouncilSite.Content.Meetings.Decisions;

/// <summary>Every decision of the site, newest meeting first and in minute order within a meeting.</summary>
public static class DecisionRegister
{
    public static IReadOnlyList<Decision> From(IEnumerable<Meeting> meetings) =>
        meetings
            .Where(m => m.Minutes is not null)
            .OrderByDescending(m => m.Date)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .SelectMany(m => m.Minutes!.Decisions.Select(d => new Decision(m, d)))
            .ToList();
}
