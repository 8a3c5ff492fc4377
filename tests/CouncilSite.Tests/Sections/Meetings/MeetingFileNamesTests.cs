using CouncilSite.Diagnostics;
using CouncilSite.Sections.Meetings;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Meetings;

/// <summary>
/// A meeting's settings, agenda and minutes as a clerk names them: nothing written in a file the
/// site reads by name is lost for its spelling, and nothing that is a paper is taken for one.
/// </summary>
public class MeetingFileNamesTests
{
    /// <summary>Held a week before the tests' today, so its minutes are expected but not yet overdue.</summary>
    private const string Held = "meetings/2026-11-19-full-council";

    private const string Upcoming = "meetings/2026-12-03-full-council";

    private static Meeting Only(TempSite.Loaded loaded) => Assert.Single(loaded.Content.Meetings);

    [Fact]
    public void Meeting_yaml_is_read_as_the_settings_with_a_warning_to_rename_it()
    {
        var loaded = TempSite.LoadFrom(($"{Upcoming}/meeting.yaml", "time: \"19:30\"\nlocation: Village Hall"), ($"{Upcoming}/agenda.md", "1. Apologies"));
        var meeting = Only(loaded);
        Assert.Equal((new TimeOnly(19, 30), "Village Hall"), (meeting.Time, meeting.Location));
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.MisnamedFile, $"{Upcoming}/meeting.yaml"), (warning.Severity, warning.Code, warning.File));
        Assert.Equal("Read 'meeting.yaml' as the settings of this meeting; rename it 'meeting.yml'.", warning.Message);
        Assert.Contains("upper from lower case", warning.Hint);
    }

    [Fact]
    public void Minutes_with_a_capital_are_the_minutes_not_a_paper_called_minutes()
    {
        var loaded = TempSite.LoadFrom(($"{Held}/agenda.md", "1. Apologies"), ($"{Held}/Minutes.md", "---\napproved: 2026-11-26\n---\n1. Apologies were received."));
        var meeting = Only(loaded);
        Assert.Equal(MinutesStatus.Approved, meeting.Minutes!.Status);
        Assert.Empty(meeting.Papers);
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((DiagnosticCodes.MisnamedFile, $"{Held}/Minutes.md"), (warning.Code, warning.File));
        Assert.Equal("Read 'Minutes.md' as the minutes of this meeting; rename it 'minutes.md'.", warning.Message);
    }

    [Fact]
    public void Agenda_markdown_is_read_as_the_agenda()
    {
        var loaded = TempSite.LoadFrom(($"{Upcoming}/agenda.markdown", "---\npublished: 2026-11-25\n---\n1. Apologies"));
        var meeting = Only(loaded);
        Assert.Equal(new DateOnly(2026, 11, 25), meeting.Agenda!.Published);
        Assert.Empty(meeting.Papers);
        Assert.Equal($"{Upcoming}/agenda.markdown", Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.MisnamedFile).File);
    }

    [Fact]
    public void Two_files_that_are_both_the_minutes_are_an_error_naming_both()
    {
        if (!TempSite.CaseSensitiveDisk)
        {
            return; // Only a disk that tells upper from lower case can hold both names.
        }

        var loaded = TempSite.LoadFrom(($"{Held}/minutes.md", "1. Apologies"), ($"{Held}/Minutes.md", "1. Apologies, and more"));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((DiagnosticCodes.MisnamedFile, Held), (error.Code, error.File));
        Assert.Contains("'Minutes.md' and 'minutes.md'", error.Message);
        Assert.Equal($"{Held}/minutes.md", Only(loaded).Minutes!.File);
        Assert.Empty(Only(loaded).Papers);
    }

    [Theory]
    [InlineData("minutes.docx", "minutes")]
    [InlineData("Minutes.pdf", "minutes")]
    [InlineData("minutes-signed.pdf", "minutes")]
    [InlineData("agenda.pdf", "agenda")]
    public void The_minutes_or_agenda_as_a_paper_is_published_with_a_warning_that_the_meeting_shows_none(string name, string what)
    {
        var loaded = TempSite.LoadFrom(($"{Held}/{name}", PdfFiles.Paper));
        var meeting = Only(loaded);
        Assert.Equal(name, Assert.Single(meeting.Papers).File.FileName);
        var warning = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.PaperInPlaceOfMarkdown);
        Assert.Equal((Severity.Warning, $"{Held}/{name}"), (warning.Severity, warning.File));
        Assert.Contains($"shows no {what} of its own", warning.Message);
        Assert.Contains($"Write the {what} in '{what}.md'", warning.Hint);
        Assert.Contains($"]({name})", warning.Hint);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == DiagnosticCodes.PaperWithoutHtml);
    }

    [Fact]
    public void A_link_to_minutes_md_leads_to_the_minutes_read_from_Minutes_md()
    {
        using var site = new TempSite(
            ("meetings/2026-10-15-full-council/agenda.md", "1. Apologies"),
            ("meetings/2026-10-15-full-council/Minutes.md", "1. Apologies were received."),
            ("pages/about.md", "---\ntitle: About\n---\nSee [the October minutes](../meetings/2026-10-15-full-council/minutes.md).\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([DiagnosticCodes.MisnamedFile], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("href=\"../meetings/2026-10-15-full-council/minutes/", File.ReadAllText(Path.Combine(site.Output, "about", "index.html")));
    }

    [Fact]
    public void A_signed_copy_beside_the_minutes_is_a_paper_and_no_warning()
    {
        var loaded = TempSite.LoadFrom(($"{Held}/agenda.md", "1. Apologies"), ($"{Held}/minutes.md", "1. Apologies"), ($"{Held}/minutes.pdf", PdfFiles.Paper));
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("minutes.pdf", Assert.Single(Only(loaded).Papers).File.FileName);
    }

    [Fact]
    public void The_last_meetings_minutes_among_the_papers_of_a_meeting_to_come_are_no_warning()
    {
        var loaded = TempSite.LoadFrom(($"{Upcoming}/agenda.md", "1. Apologies"), ($"{Upcoming}/minutes.pdf", PdfFiles.Paper));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code is DiagnosticCodes.PaperInPlaceOfMarkdown or DiagnosticCodes.MisnamedFile);
    }

    [Theory]
    [InlineData("minuets.md", "the minutes", "minutes.md")]
    [InlineData("Minutes-final.md", "the minutes", "minutes.md")]
    [InlineData("agenda-final.md", "the agenda", "agenda.md")]
    [InlineData("agneda.md", "the agenda", "agenda.md")]
    public void A_slip_in_the_name_stays_a_paper_with_a_warning_giving_the_right_name(string name, string what, string right)
    {
        var loaded = TempSite.LoadFrom(($"{Held}/{name}", "1. Apologies"));
        Assert.Single(Only(loaded).Papers);
        var warning = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.MisnamedFile);
        Assert.Equal($"{Held}/{name}", warning.File);
        Assert.Contains($"not as {what}", warning.Message);
        Assert.EndsWith($", rename it '{right}'.", warning.Hint);
    }

    [Theory]
    [InlineData("minutes-appendix.md")]
    [InlineData("agenda-item-5-report.md")]
    [InlineData("minutes-appendix.pdf")]
    public void A_paper_with_a_name_of_its_own_is_no_warning(string name)
    {
        var loaded = TempSite.LoadFrom(($"{Held}/agenda.md", "1. Apologies"), ($"{Held}/minutes.md", "1. Apologies"), ($"{Held}/{name}", "Appendix"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code is DiagnosticCodes.MisnamedFile or DiagnosticCodes.PaperInPlaceOfMarkdown);
        Assert.Equal(name, Assert.Single(Only(loaded).Papers).File.FileName);

        var without = TempSite.LoadFrom(($"{Held}/{name}", "Appendix"));
        Assert.DoesNotContain(without.Diagnostics, d => d.Code is DiagnosticCodes.MisnamedFile or DiagnosticCodes.PaperInPlaceOfMarkdown);
    }

    [Fact]
    public void A_misspelt_meeting_yml_says_it_is_not_read_instead_of_calling_it_a_description()
    {
        var loaded = TempSite.LoadFrom(($"{Upcoming}/agenda.md", "1. Apologies"), ($"{Upcoming}/meetng.yml", "time: \"19:30\""));
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((DiagnosticCodes.MisnamedFile, $"{Upcoming}/meetng.yml"), (warning.Code, warning.File));
        Assert.Contains("rename it 'meeting.yml'", warning.Hint);
    }

    [Fact]
    public void A_held_meeting_without_minutes_names_its_misnamed_settings_file()
    {
        var loaded = TempSite.LoadFrom(("meetings/2026-09-10-full-council/Meeting.yml", "time: \"19:30\""), ("meetings/2026-09-10-full-council/agenda.md", "1. Apologies"));
        Assert.Equal("meetings/2026-09-10-full-council/Meeting.yml", loaded.Single(DiagnosticCodes.MinutesOverdue).File);
    }
}
