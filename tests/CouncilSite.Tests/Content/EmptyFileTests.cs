using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Content;

/// <summary>An empty Markdown file is a clerk's placeholder: a warning, and the site is built as if it were not there.</summary>
public class EmptyFileTests
{
    private const string Meeting = "meetings/2026-10-15-full-council";

    [Fact]
    public void An_empty_page_is_a_warning_naming_it_and_is_left_out_of_the_site()
    {
        using var site = new TempSite(("pages/about.md", ""), ("pages/contact.md", "Write to the clerk."));
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.EmptyFile);
        Assert.Equal((Severity.Warning, "pages/about.md", 1), (warning.Severity, warning.File, warning.Line));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "about")));
        Assert.True(File.Exists(Path.Combine(site.Output, "contact", "index.html")));
    }

    [Fact]
    public void A_link_to_an_empty_file_is_an_error_that_names_the_file_rather_than_guessing_another()
    {
        using var site = new TempSite(
            ($"{Meeting}/agenda.md", ""),
            ("meetings/2026-10-16-full-council/agenda.md", "1. Apologies."),
            ("pages/about.md", "Read the [agenda](../meetings/2026-10-15-full-council/agenda.md)."));
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.BrokenLink, "pages/about.md", 1), (error.Code, error.File, error.Line));
        Assert.Contains($"leads to {Meeting}/agenda.md, which is in the site folder but not published", error.Message);
        Assert.DoesNotContain("2026-10-16", error.Hint);
    }

    [Fact]
    public void An_empty_agenda_and_paper_leave_the_meeting_as_if_they_were_not_there()
    {
        (string, string)[] files = [($"{Meeting}/minutes.md", "1. Apologies were received."), ($"{Meeting}/budget-report.pdf", PdfFiles.Paper)];
        using var without = new TempSite(files);
        using var with = new TempSite([.. files, ($"{Meeting}/agenda.md", ""), ($"{Meeting}/budget-report.md", "\n  \n\n")]);

        var plain = without.Build();
        var placeholders = with.Build();

        Assert.True(placeholders.Succeeded, string.Join("\n", placeholders.Diagnostics));
        Assert.Equal(
            [(Severity.Warning, $"{Meeting}/agenda.md"), (Severity.Warning, $"{Meeting}/budget-report.md")],
            placeholders.Diagnostics.Where(d => d.Code == DiagnosticCodes.EmptyFile).Select(d => (d.Severity, d.File)));

        // Without the files the meeting's agenda is missing and the PDF has no web-page version: so with them.
        Assert.Contains(plain.Diagnostics, d => d.Code == DiagnosticCodes.AgendaMissing);
        Assert.Contains(plain.Diagnostics, d => d.Code == DiagnosticCodes.PaperWithoutHtml);
        Assert.Equal(plain.Diagnostics, placeholders.Diagnostics.Where(d => d.Code != DiagnosticCodes.EmptyFile));
        OutputSnapshot.Take(with.Output).AssertSameAs(OutputSnapshot.Take(without.Output));
    }
}
