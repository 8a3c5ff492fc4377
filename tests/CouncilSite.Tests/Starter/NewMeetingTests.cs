using CouncilSite.Diagnostics;
using CouncilSite.Sections.Meetings.Timing;
using CouncilSite.Starter;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Starter;

public class NewMeetingTests
{
    private static readonly DateOnly Meeting = new(2027, 1, 11);

    private static StarterResult Write(TempSite site, string committee = "planning", string? time = "19:30", string? location = "Village Hall", string? suffix = null) =>
        NewMeeting.Write(Starters.Open(site), new NewMeeting.Request(committee, Meeting, time, location, suffix), Starters.Today);

    [Fact]
    public void It_writes_the_meeting_and_an_agenda_of_the_standard_items_that_build_without_warnings()
    {
        using var site = new TempSite();
        var result = Write(site);
        Assert.Equal(["meetings/2027-01-11-planning/meeting.yml", "meetings/2027-01-11-planning/agenda.md"], result.Written);
        Assert.Equal("https://www.littlebramford-pc.gov.uk/meetings/2027-01-11-planning/", result.Address);
        var built = site.Build();
        Assert.Empty(built.Diagnostics);

        var agenda = File.ReadAllText(Path.Combine(site.Output, "meetings", "2027-01-11-planning", "agenda", "index.html"));
        var items = new[] { "Apologies for absence", "Declarations of interest", "Minutes: to approve", "Public participation", "Date and place of the next meeting" };
        var places = items.Select(item => agenda.IndexOf(item, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, places);
        Assert.Equal(places.Order(), places);
        Assert.DoesNotContain("Add the business", agenda);
        Assert.Contains("Monday 11 January 2027 at 7:30pm", agenda);

        var meeting = File.ReadAllText(Path.Combine(site.Output, "meetings", "2027-01-11-planning", "index.html"));
        Assert.Contains("Village Hall", meeting);
    }

    [Fact]
    public void The_day_it_says_to_publish_by_is_the_day_the_build_accepts_and_a_day_later_it_warns()
    {
        using var site = new TempSite();
        var result = Write(site);
        var deadline = new ClearDays([]).LastDayToPublish(Meeting);
        Assert.Equal(new DateOnly(2027, 1, 6), deadline);
        Assert.Contains("Wednesday 6 January 2027", Assert.Single(result.Notes));

        var agenda = site.PathOf("meetings/2027-01-11-planning/agenda.md");
        var text = File.ReadAllText(agenda);
        Assert.Contains($"# published: {deadline:yyyy-MM-dd}", text);
        File.WriteAllText(agenda, text.Replace($"# published: {deadline:yyyy-MM-dd}", $"published: {deadline:yyyy-MM-dd}"));
        Assert.Empty(site.Build().Diagnostics);
        File.WriteAllText(agenda, text.Replace($"# published: {deadline:yyyy-MM-dd}", $"published: {deadline.AddDays(1):yyyy-MM-dd}"));
        Assert.Contains(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.AgendaLate);
    }

    [Fact]
    public void A_day_already_past_is_said_to_be()
    {
        using var site = new TempSite();
        var result = NewMeeting.Write(Starters.Open(site), new NewMeeting.Request("planning", Starters.Today.AddDays(2), null, null, null), Starters.Today);
        Assert.Contains("That day has passed", Assert.Single(result.Notes));
    }

    [Fact]
    public void A_meeting_whose_date_has_passed_is_said_to_be_past_not_short_of_notice()
    {
        using var site = new TempSite();
        var result = NewMeeting.Write(Starters.Open(site), new NewMeeting.Request("planning", Starters.Today.AddDays(-7), null, null, null), Starters.Today);
        var note = Assert.Single(result.Notes);
        Assert.Contains("The meeting's date, Friday 20 November 2026, has passed", note);
        Assert.DoesNotContain("notice", note);
    }

    [Theory]
    [InlineData("Planning", "a meeting of the Planning committee at")]
    [InlineData("Planning Committee", "a meeting of the Planning Committee at")]
    [InlineData("Staffing Sub-Committee", "a meeting of the Staffing Sub-Committee at")]
    [InlineData("Allotments Working Group", "a meeting of the Allotments Working Group at")]
    public void The_agenda_names_any_committee_so_that_it_reads_right(string name, string words)
    {
        using var site = new TempSite(("site.yml", $"name: Little Bramford Parish Council\ncommittees:\n  - id: planning\n    name: {name}\n"));
        var result = Write(site);
        var agenda = File.ReadAllText(site.PathOf(result.Written[1]));
        Assert.Contains(words, agenda);
        Assert.DoesNotContain("'s meeting", agenda);
        Assert.DoesNotContain("the Planning on", File.ReadAllText(site.PathOf(result.Written[0])));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0207-01-11")]
    public void A_date_with_a_slip_in_its_year_is_refused(string date)
    {
        using var site = new TempSite();
        var result = NewMeeting.Write(Starters.Open(site), new NewMeeting.Request("planning", DateOnly.Parse(date), null, null, null), Starters.Today);
        Assert.Contains("check the year", result.Refusal);
    }

    [Fact]
    public void The_minutes_item_links_to_the_committees_last_meeting()
    {
        using var site = new TempSite(
            ("meetings/2026-11-04-planning/agenda.md", "1. Apologies"),
            ("meetings/2026-12-02-planning/agenda.md", "1. Apologies"),
            ("meetings/2026-12-20-full-council/agenda.md", "1. Apologies"),
            ("meetings/2027-02-01-planning/agenda.md", "1. Apologies"));
        Write(site);
        Assert.Contains("[meeting held on 2 December 2026](../2026-12-02-planning/)", File.ReadAllText(site.PathOf("meetings/2027-01-11-planning/agenda.md")));
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("Planning Committee")]
    [InlineData("PLANNING")]
    public void A_committee_may_be_named_as_site_yml_names_it(string typed)
    {
        using var site = new TempSite();
        Assert.Null(Write(site, committee: typed).Refusal);
    }

    [Fact]
    public void An_unknown_committee_is_refused_with_the_nearest_and_the_list()
    {
        using var site = new TempSite();
        var result = Write(site, committee: "plannig");
        Assert.Contains("Did you mean 'planning'?", result.Refusal);
        Assert.Contains("full-council (Full Council), planning (Planning Committee)", result.Refusal);
        Assert.False(Directory.Exists(site.PathOf("meetings")));
    }

    [Fact]
    public void An_existing_agenda_is_never_written_over()
    {
        using var site = new TempSite(("meetings/2027-01-11-planning/agenda.md", "mine"));
        var result = Write(site);
        Assert.Contains("already there", result.Refusal);
        Assert.Equal("mine", File.ReadAllText(site.PathOf("meetings/2027-01-11-planning/agenda.md")));
        Assert.False(File.Exists(site.PathOf("meetings/2027-01-11-planning/meeting.yml")));
    }

    [Theory]
    [InlineData("7pm")]
    [InlineData("25:00")]
    public void A_time_not_on_the_24_hour_clock_is_refused(string time)
    {
        using var site = new TempSite();
        Assert.Contains("HH:MM", Write(site, time: time).Refusal);
    }

    [Fact]
    public void Without_time_or_place_the_settings_are_left_as_notes_and_still_build()
    {
        using var site = new TempSite();
        Write(site, time: null, location: null);
        var settings = File.ReadAllText(site.PathOf("meetings/2027-01-11-planning/meeting.yml"));
        Assert.Contains("# time: \"19:30\"", settings);
        Assert.Empty(site.Build().Diagnostics);
    }

    [Fact]
    public void A_suffix_names_a_second_meeting_of_the_day_unless_it_makes_another_committee()
    {
        using var site = new TempSite(("site.yml", TempSite.SiteYml + "\n  - id: planning-appeals\n    name: Planning Appeals\n"));
        Assert.Equal("meetings/2027-01-11-planning-extra/meeting.yml", Write(site, suffix: "Extra").Written[0]);
        Assert.Contains("another committee", Write(site, suffix: "appeals").Refusal);
    }
}
