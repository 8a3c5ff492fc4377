using CouncilSite.Content;
using CouncilSite.Sections;
using CouncilSite.Sections.Home;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Home;

/// <summary>What the home page leads with: the next meeting and how to read its agenda, the meetings after it and the latest decisions.</summary>
public class HomePageModelTests
{
    private const string Minutes = "---\napproved: 2026-11-19\n---\n## C090/26 Minutes\n\nRESOLVED: That the minutes be approved.\n\n## C091/26 Play area\n\nRESOLVED: That the Clerk order new swings.";

    [Fact]
    public void The_next_meeting_with_an_agenda_links_to_it()
    {
        var home = Home(
            ("meetings/2026-12-03-full-council/meeting.yml", "time: \"19:30\"\nlocation: Village Hall"),
            ("meetings/2026-12-03-full-council/agenda.md", "---\npublished: 2026-11-26\n---\n1. Apologies"));

        var next = Assert.IsType<NextMeetingView>(home.NextMeeting);
        Assert.Equal("Thursday 3 December 2026", next.Meeting.DayDateText);
        Assert.Equal("7:30pm", next.Meeting.TimeText);
        Assert.Equal("Village Hall", next.Meeting.Location);
        Assert.Equal("/meetings/2026-12-03-full-council/agenda/", next.Meeting.AgendaAddress);
        Assert.Null(next.AgendaDueText);
    }

    [Fact]
    public void Without_its_agenda_the_next_meeting_says_the_last_day_the_law_allows_for_it()
    {
        // Three clear days before Thursday 10 December: the 7th, 8th and 9th; Sunday the 6th does not count but may be the day of publication.
        var next = Assert.IsType<NextMeetingView>(Home(("meetings/2026-12-10-planning/meeting.yml", "time: \"19:00\"")).NextMeeting);

        Assert.Null(next.Meeting.AgendaAddress);
        Assert.Equal("Sunday 6 December 2026", next.AgendaDueText);
        Assert.Equal("2026-12-06", next.AgendaDueIso);
    }

    [Fact]
    public void Once_the_last_day_for_its_agenda_has_passed_the_next_meeting_gives_no_date_behind_us()
    {
        // Today is Friday 27 November 2026; for Monday 30 November the agenda was due by Wednesday the 25th.
        var next = Assert.IsType<NextMeetingView>(Home(("meetings/2026-11-30-planning/meeting.yml", "time: \"19:00\"")).NextMeeting);

        Assert.Null(next.Meeting.AgendaAddress);
        Assert.Null(next.AgendaDueText);
        Assert.Null(next.AgendaDueIso);
    }

    [Fact]
    public void The_agenda_due_date_leaves_out_bank_holidays_and_the_councils_own()
    {
        // Before Tuesday 29 December 2026: Christmas (Friday 25th), Boxing Day's substitute (Monday 28th) and Sunday the 27th do not count.
        Assert.Equal("Tuesday 22 December 2026", Home(("meetings/2026-12-29-full-council/meeting.yml", "time: \"19:00\"")).NextMeeting?.AgendaDueText);

        // A day the clerk adds in site.yml counts no more than a bank holiday.
        var extra = Home(
            ("site.yml", TempSite.SiteYml + "\nbank_holidays:\n  - 2026-12-23\n"),
            ("meetings/2026-12-29-full-council/meeting.yml", "time: \"19:00\""));
        Assert.Equal("Monday 21 December 2026", extra.NextMeeting?.AgendaDueText);
    }

    [Fact]
    public void A_cancelled_or_postponed_meeting_is_not_led_with_but_still_listed()
    {
        var home = Home(
            ("meetings/2026-12-02-planning/meeting.yml", "status: cancelled"),
            ("meetings/2026-12-09-full-council/meeting.yml", "status: postponed"),
            ("meetings/2026-12-16-full-council/meeting.yml", "time: \"19:30\""),
            ("meetings/2027-01-06-planning/meeting.yml", "time: \"19:00\""),
            ("meetings/2027-01-13-planning/meeting.yml", "time: \"19:00\""));

        Assert.Equal("2026-12-16-full-council", home.NextMeeting?.Meeting.Id);
        Assert.Equal(["2026-12-02-planning", "2026-12-09-full-council", "2027-01-06-planning"], home.LaterMeetings.Select(m => m.Id));
    }

    [Fact]
    public void A_council_with_nothing_arranged_has_no_next_meeting_and_no_decisions()
    {
        var home = Home(("meetings/2026-10-15-full-council/meeting.yml", "time: \"19:30\""));

        Assert.Null(home.NextMeeting);
        Assert.Empty(home.LaterMeetings);
        Assert.Empty(home.LatestDecisions);
        Assert.Empty(home.LatestNews);
    }

    [Fact]
    public void The_latest_decisions_are_the_registers_first_each_linking_to_the_minutes()
    {
        var home = Home(
            ("meetings/2026-10-15-full-council/minutes.md", Minutes.Replace("C09", "C08", StringComparison.Ordinal).Replace("2026-11-19", "2026-10-20", StringComparison.Ordinal)),
            ("meetings/2026-11-19-full-council/minutes.md", Minutes),
            ("meetings/2026-11-04-planning/minutes.md", "---\nstatus: draft\n---\n## P35/26 Applications\n\nRESOLVED: No objection.\n\n## P36/26 Trees\n\nRESOLVED: No objection."));

        Assert.Equal(["C090/26", "C091/26", "P35/26", "P36/26", "C080/26"], home.LatestDecisions.Select(d => d.Reference));
        Assert.Equal(HomePage.LatestDecisions, home.LatestDecisions.Count);
        var play = home.LatestDecisions[1];
        Assert.Equal(("19 November 2026", "Full Council", "Play area", false), (play.DateText, play.CommitteeName, play.Subject, play.Draft));
        Assert.Equal("/meetings/2026-11-19-full-council/minutes/#decision-c091-26", play.Address);
        Assert.True(home.LatestDecisions[2].Draft);
    }

    private static HomePageModel Home(params (string Path, string Text)[] files)
    {
        var loaded = TempSite.LoadFrom(files);
        Assert.Empty(loaded.Errors);
        var model = SiteModel.Of(loaded.Content, SiteSections.All, PartMemory.None, TestFormat.English);
        return Assert.IsType<HomePageModel>(HomePage.Page(model).Model);
    }
}
