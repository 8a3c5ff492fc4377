using CouncilSite.Build;
using CouncilSite.Build.Incremental;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Search;
using CouncilSite.Sections.Documents;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Content;

/// <summary>The words of the PDFs a council publishes, read at build time so residents can search them; a PDF is published whatever is in it.</summary>
public class PdfTextTests
{
    private const string Description = "title: Survey of the churchyard wall\ncategory: other\n";

    [Fact]
    public void The_words_inside_the_example_councils_pdfs_are_in_their_entries()
    {
        var entries = SiteSearch.Entries(ExampleSiteBuild.SiteFolder, ExampleSiteSearch.Today);

        Assert.Contains("version 1.0. Adopted 20 March 2025", Assert.Single(entries, e => e.Address == "/policies/grievance-policy/").Text, StringComparison.Ordinal);
        var paper = Assert.Single(entries, e => e.Address == "/meetings/2026-01-15-full-council/draft-budget-2026-27.pdf");
        Assert.Equal(SearchKind.Documents, paper.Kind);
        Assert.Contains("Precept: £21,600 / £21,600 / £22,900", paper.Text, StringComparison.Ordinal);
        Assert.Contains("Band D", Assert.Single(entries, e => e.Address == "/documents/precept-2026-27.pdf").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scanned_pdf_is_published_with_a_warning_that_it_cannot_be_read_or_searched()
    {
        using var site = new TempSite(("documents/churchyard-wall.yml", Description));
        site.WriteBytes("documents/churchyard-wall.pdf", PdfFiles.ImageOnly());

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PdfWithoutText);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("documents/churchyard-wall.pdf", warning.File);
        Assert.Contains("screen readers cannot read it", warning.Message, StringComparison.Ordinal);
        Assert.Contains("search cannot find its words", warning.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", warning.Hint, StringComparison.Ordinal);
        Assert.Contains("Markdown", warning.Hint, StringComparison.Ordinal);
        Assert.Equal(PdfFiles.ImageOnly(), File.ReadAllBytes(Path.Combine(site.Output, "documents", "churchyard-wall.pdf")));
        Assert.Equal("", Assert.Single(SiteSearch.Entries(site.Root, TempSite.Today), e => e.Kind == SearchKind.Documents).Text);
    }

    [Fact]
    public void A_damaged_or_locked_pdf_is_published_with_a_warning_naming_it_not_a_crash()
    {
        using var site = new TempSite(
            ("meetings/2026-11-19-full-council/agenda.md", "# Agenda\n\n1. Apologies"),
            ("policies/grievance-policy.yml", "title: Grievance Policy\n"));
        site.WriteBytes("meetings/2026-11-19-full-council/survey.pdf", PdfFiles.Damaged());
        site.WriteBytes("policies/grievance-policy.pdf", PdfFiles.Locked());

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PdfUnreadable).ToList();
        Assert.Equal(["meetings/2026-11-19-full-council/survey.pdf", "policies/grievance-policy.pdf"], warnings.Select(w => w.File));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains("damaged", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("password", warnings[1].Message, StringComparison.Ordinal);
        Assert.All(warnings, w => Assert.DoesNotContain("Exception", w.Message + w.Hint, StringComparison.Ordinal));
        Assert.Equal(PdfFiles.Damaged(), File.ReadAllBytes(Path.Combine(site.Output, "meetings", "2026-11-19-full-council", "survey.pdf")));
        Assert.True(File.Exists(Path.Combine(site.Output, "policies", "grievance-policy.pdf")));
    }

    [Fact]
    public void A_pdf_too_large_to_read_is_found_by_its_title_only()
    {
        using var site = new TempSite(("documents/report.yml", Description));
        site.WriteBytes("documents/report.pdf", PdfFiles.WithText("Churchyard wall"));
        using (var file = File.OpenWrite(site.PathOf("documents/report.pdf")))
        {
            file.SetLength(65 * 1024 * 1024);
        }

        var loaded = site.Load();

        var warning = loaded.Single(DiagnosticCodes.PdfUnreadable);
        Assert.Equal("documents/report.pdf", warning.File);
        Assert.Contains("larger than 64 MB", warning.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(loaded.Content.Documents).File.Text);
    }

    [Fact]
    public void The_preview_reads_an_unchanged_pdf_once_and_a_changed_one_again()
    {
        using var site = new TempSite(("documents/report.yml", Description));
        site.WriteBytes("documents/report.pdf", PdfFiles.WithText("Churchyard wall"));
        var changes = new FolderChanges();
        var session = new BuildSession(inMemory: true, changes);
        bool Scanned() => SiteBuilder.Build(new BuildOptions(site.Root, site.Output, TempSite.Today), session).Diagnostics.Any(d => d.Code == DiagnosticCodes.PdfWithoutText);
        Assert.False(Scanned());

        // Replaced unseen: the session keeps the words it read, as it keeps every unchanged part.
        site.WriteBytes("documents/report.pdf", PdfFiles.ImageOnly());
        Assert.False(Scanned());

        changes.Saw("documents/report.pdf");
        Assert.True(Scanned());
    }

    [Fact]
    public void A_long_pdf_gives_its_first_pages_words_up_to_the_limit_cut_at_a_word()
    {
        var line = string.Join(' ', Enumerable.Repeat("allotment", 10));
        var text = Read(PdfFiles.WithText([.. Enumerable.Repeat(string.Join('\n', Enumerable.Repeat(line, 40)), 40)]));

        Assert.InRange(text.Length, PdfText.MaxCharacters - 20, PdfText.MaxCharacters);
        Assert.EndsWith("allotment", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_of_many_pages_is_read_no_further_than_the_page_limit()
    {
        var text = Read(PdfFiles.WithText([.. Enumerable.Range(1, PdfText.MaxPages + 50).Select(n => $"page{n}")]));

        Assert.Equal(PdfText.MaxPages, text.Split('\n').Length);
        Assert.EndsWith($"page{PdfText.MaxPages}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_too_large_to_read_is_passed_over_with_a_warning_and_the_other_pages_are_found()
    {
        // One line of letters past the page limit: read, each letter would be an object of several hundred bytes.
        var huge = new string('a', PdfText.MaxPageBytes + 1);
        using var site = new TempSite(("documents/report.yml", Description));
        site.WriteBytes("documents/report.pdf", PdfFiles.WithText("Churchyard wall", huge, "Dog bins"));

        var loaded = site.Load();

        var warning = loaded.Single(DiagnosticCodes.PdfUnreadable);
        Assert.Equal("documents/report.pdf", warning.File);
        Assert.StartsWith("Page 2 of this PDF holds too much", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Churchyard wall\nDog bins", Assert.Single(loaded.Content.Documents).File.Text);
    }

    [Fact]
    public void A_pdf_of_only_pages_too_large_to_read_is_not_called_a_scan()
    {
        using var site = new TempSite(("documents/report.yml", Description));
        site.WriteBytes("documents/report.pdf", PdfFiles.WithText(new string('a', PdfText.MaxPageBytes + 1)));

        var loaded = site.Load();

        Assert.Equal([DiagnosticCodes.PdfUnreadable], loaded.Diagnostics.Select(d => d.Code));
        Assert.Null(Assert.Single(loaded.Content.Documents).File.Text);
    }

    [Fact]
    public void Spaces_are_tidied_and_lines_kept()
    {
        Assert.Equal("Dog bins on The Green\nemptied weekly\nPage two", Read(PdfFiles.WithText("Dog   bins on The Green\n   emptied weekly  \n", "Page two")));
    }

    private static string Read(byte[] pdf)
    {
        using var site = new TempSite(("documents/report.yml", Description));
        site.WriteBytes("documents/report.pdf", pdf);
        var loaded = site.Load();

        Assert.Empty(loaded.Diagnostics);
        return Assert.Single(loaded.Content.Documents).File.Text!;
    }
}
