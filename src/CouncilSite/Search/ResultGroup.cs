namespace CouncilSite.Search;

/// <summary>
/// A run of documents sharing kind, committee and year. Documents are numbered in (kind,
/// committee, year, date) order, so every filter the search page offers is a few such runs of
/// numbers, and the browser filters and ranks by them without loading any result.
/// </summary>
/// <param name="Year">0 for documents without a date.</param>
public sealed record ResultGroup(SearchKind Kind, string? CommitteeId, int Year, int Start, int Count)
{
    /// <summary>The entries in the index's order (kind, committee, year, date, then as the sections offered them), and their groups.</summary>
    public static (SearchEntry[] Ordered, IReadOnlyList<ResultGroup> Groups) Of(IReadOnlyList<SearchEntry> entries)
    {
        var ordered = entries
            .Select((entry, i) => (entry, i))
            .OrderBy(e => e.entry.Kind)
            .ThenBy(e => e.entry.CommitteeId ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.entry.Date ?? DateOnly.MinValue)
            .ThenBy(e => e.i)
            .Select(e => e.entry)
            .ToArray();

        var groups = new List<ResultGroup>();
        for (var i = 0; i < ordered.Length; i++)
        {
            var (kind, committee, year) = (ordered[i].Kind, string.IsNullOrEmpty(ordered[i].CommitteeId) ? null : ordered[i].CommitteeId, ordered[i].Date?.Year ?? 0);
            if (groups.Count > 0 && groups[^1] is var last && last.Kind == kind && last.CommitteeId == committee && last.Year == year)
            {
                groups[^1] = last with { Count = last.Count + 1 };
            }
            else
            {
                groups.Add(new ResultGroup(kind, committee, year, i, 1));
            }
        }

        return (ordered, groups);
    }
}
