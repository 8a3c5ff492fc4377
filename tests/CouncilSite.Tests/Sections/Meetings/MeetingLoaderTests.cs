using CouncilSite.Diagnostics;
using CouncilSite.Sections.Meetings;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Meetings;

/// <summary>Statuses and rules of meetings and minutes. Every test builds as if today were 27 November 2026.</summary>
public class MeetingLoaderTests
{
    private static Meeting Only(TempSite.Loaded loaded) => Assert.Single(loaded.Content.Meetings);

    [Fact]
    public void A_future_meeting_is_scheduled_and_upcoming()
    {
        var meeting = Only(TempSite.LoadFrom(("meetings/2026-12-03-full-council/agenda.md", "1. Apologies")));
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.False(meeting.StatusGiven);
        Assert.True(meeting.IsUpcoming(TempSite.Today));
    }

    [Fact]
    public void A_past_meeting_is_held()
    {
        var meeting = Only(TempSite.LoadFrom(("meetings/2026-11-26-full-council/agenda.md", "1. Apologies")));
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.False(meeting.IsUpcoming(TempSite.Today));
    }

    [Fact]
    public void A_meeting_today_still_counts_as_upcoming_so_residents_can_find_it_on_the_day()
    {
        var meeting = Only(TempSite.LoadFrom(("meetings/2026-11-27-full-council/agenda.md", "1. Apologies")));
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.True(meeting.IsUpcoming(TempSite.Today));
    }

    [Theory]
    [InlineData("cancelled", MeetingStatus.Cancelled)]
    [InlineData("Postponed", MeetingStatus.Postponed)]
    [InlineData("held", MeetingStatus.Held)]
    public void A_status_written_in_meeting_yml_wins_over_the_date(string written, MeetingStatus status)
    {
        var meeting = Only(TempSite.LoadFrom(("meetings/2026-12-03-full-council/meeting.yml", $"status: {written}")));
        Assert.Equal(status, meeting.Status);
        Assert.True(meeting.StatusGiven);
    }

    [Fact]
    public void A_cancelled_meeting_in_the_future_is_not_upcoming() =>
        Assert.False(Only(TempSite.LoadFrom(("meetings/2026-12-03-full-council/meeting.yml", "status: cancelled"))).IsUpcoming(TempSite.Today));

    [Fact]
    public void A_status_that_is_not_one_of_the_four_is_an_error_on_its_line()
    {
        var loaded = TempSite.LoadFrom(("meetings/2026-12-03-full-council/meeting.yml", "time: \"19:30\"\nstatus: adjourned"));
        var error = loaded.Single(DiagnosticCodes.InvalidValue);
        Assert.Equal(("meetings/2026-12-03-full-council/meeting.yml", 2), (error.File, error.Line));
    }

    [Fact]
    public void Time_location_and_title_come_from_meeting_yml()
    {
        var meeting = Only(TempSite.LoadFrom(("meetings/2026-12-03-full-council/meeting.yml",
            "time: \"19:30\"\nlocation: Village Hall, Church Lane\ntitle: Annual Parish Meeting\nwebcast: none")));
        Assert.Equal(new TimeOnly(19, 30), meeting.Time);
        Assert.Equal("Village Hall, Church Lane", meeting.Location);
        Assert.Equal("Annual Parish Meeting", meeting.Title);
        Assert.Equal("none", meeting.Extra["webcast"]);
    }

    [Fact]
    public void Without_a_title_a_meeting_is_called_after_its_committee_and_suffix()
    {
        var loaded = TempSite.LoadFrom(
            ("meetings/2026-12-03-full-council/agenda.md", "1. Apologies"),
            ("meetings/2026-12-10-full-council-extraordinary/agenda.md", "1. Apologies"));
        Assert.Equal(["Full Council", "Full Council (Extraordinary)"], loaded.Content.Meetings.Select(m => m.Title));
        Assert.Equal("extraordinary", loaded.Content.Meetings[1].Suffix);
        Assert.Equal("/meetings/2026-12-10-full-council-extraordinary/", loaded.Content.Meetings[1].Address);
    }

    [Fact]
    public void Minutes_that_say_nothing_are_draft()
    {
        var minutes = Only(TempSite.LoadFrom(("meetings/2026-10-15-full-council/minutes.md", "Present: Cllr Smith."))).Minutes!;
        Assert.Equal(MinutesStatus.Draft, minutes.Status);
        Assert.Null(minutes.Approved);
    }

    [Fact]
    public void An_approval_date_alone_makes_the_minutes_approved()
    {
        var loaded = TempSite.LoadFrom(("meetings/2026-10-15-full-council/minutes.md", "---\napproved: 2026-11-19\n---\nPresent: Cllr Smith."));
        Assert.Empty(loaded.Errors);
        var minutes = Only(loaded).Minutes!;
        Assert.Equal(MinutesStatus.Approved, minutes.Status);
        Assert.Equal(new DateOnly(2026, 11, 19), minutes.Approved);
    }

    [Fact]
    public void Status_approved_without_a_date_is_approved()
    {
        var minutes = Only(TempSite.LoadFrom(("meetings/2026-10-15-full-council/minutes.md", "---\nstatus: approved\n---\nPresent."))).Minutes!;
        Assert.Equal((MinutesStatus.Approved, (DateOnly?)null), (minutes.Status, minutes.Approved));
    }

    [Fact]
    public void Minutes_approved_before_the_meeting_took_place_are_an_error_on_the_approved_line()
    {
        var loaded = TempSite.LoadFrom(("meetings/2026-10-15-full-council/minutes.md", "---\nstatus: approved\napproved: 2026-10-14\n---\nPresent."));
        var error = loaded.Single(DiagnosticCodes.ApprovedBeforeMeeting);
        Assert.Equal(("meetings/2026-10-15-full-council/minutes.md", 3), (error.File, error.Line));
        Assert.Single(loaded.Errors);
    }

    [Fact]
    public void Minutes_marked_draft_that_give_an_approval_date_are_an_error_on_the_status_line()
    {
        var loaded = TempSite.LoadFrom(("meetings/2026-10-15-full-council/minutes.md", "---\napproved: 2026-11-19\nstatus: draft\n---\nPresent."));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((DiagnosticCodes.InvalidValue, 3), (error.Code, error.Line));
    }

    [Fact]
    public void Minutes_of_a_meeting_still_to_come_are_an_error()
    {
        var loaded = TempSite.LoadFrom(("meetings/2026-12-03-full-council/minutes.md", "Present: Cllr Smith."));
        Assert.Equal("meetings/2026-12-03-full-council/minutes.md", loaded.Single(DiagnosticCodes.MinutesOfFutureMeeting).File);
    }

    [Fact]
    public void A_cancelled_meeting_with_minutes_is_a_warning()
    {
        var loaded = TempSite.LoadFrom(
            ("meetings/2026-10-15-full-council/meeting.yml", "status: cancelled"),
            ("meetings/2026-10-15-full-council/minutes.md", "Present: Cllr Smith."));
        Assert.Equal(Severity.Warning, loaded.Single(DiagnosticCodes.CancelledWithMinutes).Severity);
        Assert.Empty(loaded.Errors);
    }

    [Fact]
    public void Other_files_in_a_meeting_folder_are_its_papers()
    {
        var loaded = TempSite.LoadFrom(
            ("meetings/2026-10-15-full-council/agenda.md", "1. Budget"),
            ("meetings/2026-10-15-full-council/budget-report.pdf", PdfFiles.Paper),
            ("meetings/2026-10-15-full-council/clerks-report.md", "# Clerk's report for October\n\nGrass cut."),
            ("meetings/2026-10-15-full-council/plans/site-plan.pdf", PdfFiles.Paper));
        var papers = Only(loaded).Papers;
        Assert.Equal(
            [("Budget report", "/meetings/2026-10-15-full-council/budget-report.pdf", false),
             ("Clerk's report for October", "/meetings/2026-10-15-full-council/clerks-report/", true),
             ("Site plan", "/meetings/2026-10-15-full-council/plans/site-plan.pdf", false)],
            papers.Select(p => (p.Title, p.Address, p.Content is not null)));
        Assert.Equal("PDF", papers[0].File.Kind);
    }

    [Fact]
    public void A_folder_for_a_committee_not_in_site_yml_is_an_error_naming_the_folder()
    {
        var loaded = TempSite.LoadFrom(("meetings/2026-10-15-parish-party/agenda.md", "1. Cake"));
        Assert.Empty(loaded.Content.Meetings);
        var error = loaded.Single(DiagnosticCodes.UnknownCommittee);
        Assert.Equal("meetings/2026-10-15-parish-party", error.File);
        Assert.Contains("full-council, planning", error.Hint);
    }

    [Fact]
    public void A_folder_with_an_impossible_date_is_an_error()
    {
        var loaded = TempSite.LoadFrom(("meetings/2026-02-30-full-council/agenda.md", "1. Apologies"));
        Assert.Equal("meetings/2026-02-30-full-council", loaded.Single(DiagnosticCodes.InvalidDate).File);
    }

    [Fact]
    public void A_folder_without_a_date_is_an_error()
    {
        var loaded = TempSite.LoadFrom(("meetings/full-council-january/agenda.md", "1. Apologies"));
        Assert.Equal("meetings/full-council-january", loaded.Single(DiagnosticCodes.MeetingFolderName).File);
    }

    [Fact]
    public void A_file_loose_in_the_meetings_folder_is_a_warning_and_not_published()
    {
        var loaded = TempSite.LoadFrom(("meetings/agenda.md", "1. Apologies"));
        Assert.Equal(Severity.Warning, loaded.Single(DiagnosticCodes.UnsupportedFile).Severity);
        Assert.Empty(loaded.Content.Meetings);
    }

    [Fact]
    public void Meetings_are_in_date_order()
    {
        var loaded = TempSite.LoadFrom(
            ("meetings/2026-12-03-planning/agenda.md", "1."),
            ("meetings/2026-01-15-full-council/agenda.md", "1."),
            ("meetings/2026-06-11-full-council/agenda.md", "1."));
        Assert.Equal(["2026-01-15-full-council", "2026-06-11-full-council", "2026-12-03-planning"], loaded.Content.Meetings.Select(m => m.Id));
    }
}
