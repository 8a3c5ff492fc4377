using System.Globalization;
using System.Text.RegularExpressions;
using CouncilSite.Site;

namespace CouncilSite.Sections.Meetings;

/// <summary>Reads <c>YYYY-MM-DD-committee[-suffix]</c>; committee ids may themselves contain hyphens.</summary>
public static partial class MeetingFolderName
{
    public sealed record Parsed(DateOnly Date, Committee Committee, string? Suffix);

    public enum Problem
    {
        None,
        NoDate,
        ImpossibleDate,
        UnknownCommittee,
    }

    public static (Parsed? Result, Problem Problem, string Detail) Parse(string name, IReadOnlyList<Committee> committees)
    {
        var match = Pattern().Match(name);
        if (!match.Success)
        {
            return (null, Problem.NoDate, "");
        }

        var dateText = match.Groups["date"].Value;
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, Problem.ImpossibleDate, dateText);
        }

        var rest = match.Groups["rest"].Value;

        // The longest id wins, so 'planning-appeals' is not read as 'planning' with suffix 'appeals'.
        var committee = committees
            .Where(c => rest == c.Id || rest.StartsWith(c.Id + "-", StringComparison.Ordinal))
            .MaxBy(c => c.Id.Length);
        if (committee is null)
        {
            return (null, Problem.UnknownCommittee, rest);
        }

        var suffix = rest.Length > committee.Id.Length ? rest[(committee.Id.Length + 1)..] : null;
        return (new Parsed(date, committee, suffix), Problem.None, "");
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<rest>[a-z0-9][a-z0-9-]*)$")]
    private static partial Regex Pattern();
}
