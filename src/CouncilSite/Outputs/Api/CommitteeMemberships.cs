using CouncilSite.Sections.Councillors;
using CouncilSite.Site;

namespace CouncilSite.Outputs.Api;

/// <summary>A councillor's seat on a committee, with the role they hold there.</summary>
public sealed record CommitteeMembership(Councillor Councillor, Committee Committee, string Role);

/// <summary>
/// Who sits on which committee, read from what the site already says. A councillor's
/// <c>responsibilities:</c> line that names a committee by its full name from site.yml ("Member
/// of the Planning Committee", "Chair of the Finance and General Purposes Committee") makes them
/// a member, the chair or vice-chair as the line begins. Every councillor is a member of the
/// committee with the id <c>full-council</c>, holding the role given by <c>role:</c>.
/// </summary>
public static class CommitteeMemberships
{
    public const string FullCouncil = "full-council";

    public static IEnumerable<CommitteeMembership> Of(Councillor councillor, IReadOnlyList<Committee> committees)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var committee in committees.Where(c => c.Id == FullCouncil))
        {
            seen.Add(committee.Id);
            yield return new CommitteeMembership(councillor, committee, councillor.Role ?? "Member");
        }

        // Longest names first, so "Planning Appeals Committee" is not read as the "Planning Committee" too.
        var byLength = committees.OrderByDescending(c => c.Name.Length).ToList();
        foreach (var line in councillor.Responsibilities)
        {
            var committee = byLength.FirstOrDefault(c => line.Contains(c.Name, StringComparison.OrdinalIgnoreCase));
            if (committee is not null && seen.Add(committee.Id))
            {
                yield return new CommitteeMembership(councillor, committee, RoleIn(line));
            }
        }
    }

    private static string RoleIn(string line)
    {
        var start = line.TrimStart().ToLowerInvariant();
        return start.StartsWith("vice", StringComparison.Ordinal) ? "Vice-Chair"
            : start.StartsWith("chair", StringComparison.Ordinal) ? "Chair"
            : "Member";
    }
}
