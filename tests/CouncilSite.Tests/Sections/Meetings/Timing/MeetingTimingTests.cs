using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Meetings.Timing;

/// <summary>The statutory timetable, checked as a clerk's folder is loaded (today is 27 November 2026).</summary>
public class MeetingTimingTests
{
    private static IReadOnlyList<Diagnostic> Load(params (string Path, string Text)[] files) => TempSite.LoadFrom(files).Diagnostics;

    [Fact]
    public void An_agenda_with_fewer_than_three_clear_days_is_reported_at_its_published_line()
    {
        // Friday 4 December: published Tuesday 1st leaves Wednesday and Thursday only.
        var warning = Assert.Single(Load(("meetings/2026-12-04-full-council/agenda.md", "---\npublished: 2026-12-01\n---\n1. Apologies")));
        Assert.Equal(DiagnosticCodes.AgendaLate, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("meetings/2026-12-04-full-council/agenda.md", warning.File);
        Assert.Equal(2, warning.Line);
        Assert.Contains("2 clear days", warning.Message);
    }

    [Fact]
    public void Three_clear_days_are_enough()
    {
        Assert.Empty(Load(("meetings/2026-12-04-full-council/agenda.md", "---\npublished: 2026-11-30\n---\n1. Apologies")));
    }

    [Fact]
    public void A_Sunday_and_a_bank_holiday_in_between_do_not_count()
    {
        // Tuesday 29 December 2026: from Wednesday 23rd, only Thursday 24th and Saturday 26th count
        // (Friday 25th and Monday 28th are bank holidays, Sunday 27th a Sunday).
        var warning = Assert.Single(Load(("meetings/2026-12-29-full-council/agenda.md", "---\npublished: 2026-12-23\n---\n1. Apologies")));
        Assert.Equal(DiagnosticCodes.AgendaLate, warning.Code);
    }

    [Fact]
    public void Bank_holidays_added_in_site_yml_do_not_count()
    {
        var siteYml = TempSite.SiteYml + "\nbank_holidays:\n  - 2026-12-03\n";
        var agenda = ("meetings/2026-12-05-full-council/agenda.md", "---\npublished: 2026-12-01\n---\n1. Apologies");
        Assert.Empty(Load(agenda));
        Assert.Equal(DiagnosticCodes.AgendaLate, Assert.Single(Load(("site.yml", siteYml), agenda)).Code);
    }

    [Fact]
    public void A_bank_holiday_that_is_not_a_date_is_an_error_in_site_yml()
    {
        var error = Assert.Single(Load(("site.yml", TempSite.SiteYml + "\nbank_holidays:\n  - 3 December\n")));
        Assert.Equal(DiagnosticCodes.InvalidDate, error.Code);
        Assert.Equal("site.yml", error.File);
    }

    [Fact]
    public void An_agenda_published_after_the_meeting_is_reported()
    {
        var warning = Assert.Single(Load(("meetings/2026-11-19-full-council/agenda.md", "---\npublished: 2026-11-20\n---\n1. Apologies"),
            ("meetings/2026-11-19-full-council/minutes.md", "---\nstatus: draft\n---\nPresent: all.")));
        Assert.Equal(DiagnosticCodes.AgendaLate, warning.Code);
        Assert.Contains("not before the meeting", warning.Message);
    }

    [Fact]
    public void A_held_meeting_without_an_agenda_is_reported_at_its_meeting_yml()
    {
        var warning = Assert.Single(Load(
            ("meetings/2026-11-19-full-council/meeting.yml", "time: \"19:30\""),
            ("meetings/2026-11-19-full-council/minutes.md", "---\nstatus: draft\n---\nPresent: all.")));
        Assert.Equal(DiagnosticCodes.AgendaMissing, warning.Code);
        Assert.Equal("meetings/2026-11-19-full-council/meeting.yml", warning.File);
    }

    [Fact]
    public void Minutes_missing_more_than_a_month_after_a_meeting_are_reported()
    {
        var diagnostics = Load(("meetings/2026-10-15-full-council/agenda.md", "---\npublished: 2026-10-08\n---\n1. Apologies"));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MinutesOverdue, warning.Code);
        Assert.Equal("meetings/2026-10-15-full-council", warning.File);
    }

    [Fact]
    public void Minutes_are_not_yet_due_within_a_month()
    {
        Assert.Empty(Load(("meetings/2026-11-04-planning/agenda.md", "---\npublished: 2026-10-29\n---\n1. Apologies")));
    }

    [Fact]
    public void Cancelled_and_future_meetings_need_neither_agenda_nor_minutes()
    {
        Assert.Empty(Load(
            ("meetings/2026-08-05-planning/meeting.yml", "status: cancelled"),
            ("meetings/2027-01-21-full-council/meeting.yml", "time: \"19:30\"")));
    }

    [Fact]
    public void A_PDF_paper_since_2018_without_a_web_page_version_is_reported()
    {
        var diagnostics = Load(
            ("meetings/2026-11-19-full-council/agenda.md", "---\npublished: 2026-11-12\n---\n1. Apologies"),
            ("meetings/2026-11-19-full-council/minutes.md", "---\nstatus: draft\n---\nPresent: all."),
            ("meetings/2026-11-19-full-council/budget-report.pdf", PdfFiles.Paper),
            ("meetings/2026-11-19-full-council/clerks-report.docx", "PK"),
            ("meetings/2026-11-19-full-council/clerks-report.md", "# Clerk's report\n\nThe grass was cut."),
            ("meetings/2026-11-19-full-council/payments.csv", "Payee,Amount\nMower Ltd,120.00\n"));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.PaperWithoutHtml, warning.Code);
        Assert.Equal("meetings/2026-11-19-full-council/budget-report.pdf", warning.File);
        Assert.Contains("budget-report.md", warning.Hint);
    }

    [Fact]
    public void Papers_of_meetings_before_the_regulations_are_exempt()
    {
        var diagnostics = Load(
            ("meetings/2018-09-20-full-council/agenda.md", "---\npublished: 2018-09-13\n---\n1. Apologies"),
            ("meetings/2018-09-20-full-council/minutes.md", "---\napproved: 2018-10-18\n---\nPresent: all."),
            ("meetings/2018-09-20-full-council/accounts.pdf", PdfFiles.Paper));
        Assert.Empty(diagnostics);
    }
}
