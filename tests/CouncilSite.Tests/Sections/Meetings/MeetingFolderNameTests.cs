using CouncilSite.Sections.Meetings;
using CouncilSite.Site;

namespace CouncilSite.Tests.Sections.Meetings;

public class MeetingFolderNameTests
{
    private static readonly Committee[] Committees =
    [
        new("full-council", "Full Council", null),
        new("planning", "Planning Committee", null),
        new("planning-appeals", "Planning Appeals Panel", null),
    ];

    private static MeetingFolderName.Parsed Parsed(string name)
    {
        var (result, problem, _) = MeetingFolderName.Parse(name, Committees);
        Assert.Equal(MeetingFolderName.Problem.None, problem);
        return result!;
    }

    [Fact]
    public void Reads_the_date_and_a_committee_id_that_contains_hyphens()
    {
        var parsed = Parsed("2026-01-15-full-council");
        Assert.Equal(new DateOnly(2026, 1, 15), parsed.Date);
        Assert.Equal("full-council", parsed.Committee.Id);
        Assert.Null(parsed.Suffix);
    }

    [Theory]
    [InlineData("2026-01-15-full-council-extraordinary", "full-council", "extraordinary")]
    [InlineData("2026-01-15-full-council-annual-meeting", "full-council", "annual-meeting")]
    [InlineData("2026-01-15-planning-2", "planning", "2")]
    [InlineData("2026-01-15-planning-appeals-2", "planning-appeals", "2")]
    public void What_follows_the_committee_id_is_the_suffix(string name, string committee, string suffix)
    {
        var parsed = Parsed(name);
        Assert.Equal((committee, suffix), (parsed.Committee.Id, parsed.Suffix));
    }

    [Fact]
    public void The_longest_committee_id_wins_so_planning_appeals_is_not_planning_with_a_suffix()
    {
        var parsed = Parsed("2026-01-15-planning-appeals");
        Assert.Equal("planning-appeals", parsed.Committee.Id);
        Assert.Null(parsed.Suffix);
    }

    [Theory]
    [InlineData("full-council-january")]
    [InlineData("january-2026-full-council")]
    [InlineData("2026-1-15-full-council")]
    [InlineData("15-01-2026-full-council")]
    [InlineData("2026-01-15")]
    public void A_name_that_does_not_start_with_a_date_and_a_committee_has_no_date(string name) =>
        Assert.Equal(MeetingFolderName.Problem.NoDate, MeetingFolderName.Parse(name, Committees).Problem);

    [Theory]
    [InlineData("2026-02-30-full-council", "2026-02-30")]
    [InlineData("2026-13-01-planning", "2026-13-01")]
    public void An_impossible_date_is_named_as_such(string name, string date)
    {
        var (result, problem, detail) = MeetingFolderName.Parse(name, Committees);
        Assert.Null(result);
        Assert.Equal((MeetingFolderName.Problem.ImpossibleDate, date), (problem, detail));
    }

    [Theory]
    [InlineData("2026-01-15-parish-party", "parish-party")]
    [InlineData("2026-01-15-full-councillors", "full-councillors")]
    [InlineData("2026-01-15-plan", "plan")]
    public void A_committee_not_in_site_yml_is_unknown_even_when_it_starts_like_a_known_one(string name, string detail)
    {
        var (result, problem, text) = MeetingFolderName.Parse(name, Committees);
        Assert.Null(result);
        Assert.Equal((MeetingFolderName.Problem.UnknownCommittee, detail), (problem, text));
    }
}
