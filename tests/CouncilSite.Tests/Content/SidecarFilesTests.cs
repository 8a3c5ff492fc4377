using CouncilSite.Diagnostics;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Documents;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Content;

/// <summary>Documents and datasets: files described by a .yml file of the same name.</summary>
public class SidecarFilesTests
{
    [Fact]
    public void A_document_is_described_by_its_yml()
    {
        var loaded = TempSite.LoadFrom(
            ("documents/agar-2024-25-section-1.pdf", PdfFiles.Paper),
            ("documents/agar-2024-25-section-1.yml", "title: Annual governance statement\ndate: 2025-06-12\ncategory: annual-governance-statement\nfinancial_year: 2024-25"));
        Assert.Empty(loaded.Diagnostics);
        var d = Assert.Single(loaded.Content.Documents);
        Assert.Equal(("Annual governance statement", "annual-governance-statement", "2024-25"), (d.Title, d.Category, d.FinancialYear));
        Assert.Equal(new DateOnly(2025, 6, 12), d.Date);
        Assert.Equal("/documents/agar-2024-25-section-1.pdf", d.Address);
    }

    [Fact]
    public void A_document_without_a_yml_is_a_warning_and_still_listed()
    {
        var loaded = TempSite.LoadFrom(("documents/asset-register.pdf", PdfFiles.Paper));
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.MissingSidecar, "documents/asset-register.pdf"), (warning.Severity, warning.Code, warning.File));
        var d = Assert.Single(loaded.Content.Documents);
        Assert.Equal(("Asset register", "other"), (d.Title, d.Category));
    }

    [Fact]
    public void A_yml_without_its_file_is_a_warning_naming_the_yml()
    {
        var loaded = TempSite.LoadFrom(
            ("documents/budget-2026-27.pdf", PdfFiles.Paper),
            ("documents/budget-2026-27.yml", "title: Budget"),
            ("documents/budjet-2025-26.yml", "title: Last year's budget"));
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.SidecarWithoutFile, "documents/budjet-2025-26.yml"), (warning.Severity, warning.Code, warning.File));
        Assert.Single(loaded.Content.Documents);
    }

    [Fact]
    public void A_category_the_checklist_does_not_know_is_a_warning_and_filed_under_other()
    {
        var loaded = TempSite.LoadFrom(
            ("documents/minutes-book.pdf", PdfFiles.Paper),
            ("documents/minutes-book.yml", "title: Minutes book\ncategory: archive"));
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.InvalidValue, 2), (warning.Severity, warning.Code, warning.Line));
        Assert.Equal("other", Assert.Single(loaded.Content.Documents).Category);
    }

    [Fact]
    public void A_financial_year_not_written_like_2024_25_is_an_error()
    {
        var loaded = TempSite.LoadFrom(
            ("documents/budget.pdf", PdfFiles.Paper),
            ("documents/budget.yml", "title: Budget\nfinancial_year: 2024/25"));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((DiagnosticCodes.InvalidValue, "documents/budget.yml", 2), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void A_dataset_reads_its_yml_with_the_documented_defaults()
    {
        var loaded = TempSite.LoadFrom(
            ("data/spending-2025-26.csv", "Date,Supplier,Amount,Description\n"),
            ("data/spending-2025-26.yml", """
                title: Spending 2025-26
                schema: spend
                period:
                  start: 2025-04-01
                  end: 2026-03-31
                columns:
                  Date:
                    type: date
                  Supplier:
                    title: Who was paid
                """));
        Assert.Empty(loaded.Diagnostics);
        var d = Assert.Single(loaded.Content.Datasets);
        Assert.Equal(("Spending 2025-26", "spend", DatasetLoader.DefaultLicence, "Little Bramford Parish Council"), (d.Title, d.Schema, d.Licence, d.Publisher));
        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31)), (d.PeriodStart!.Value, d.PeriodEnd!.Value));
        Assert.Equal(["Date", "Supplier"], d.Columns.Select(c => c.Name));
        Assert.Equal(("date", "Who was paid"), (d.Columns[0].Type, d.Columns[1].Title));
        Assert.Equal("/data/spending-2025-26.csv", d.FileAddress);
    }

    [Fact]
    public void A_dataset_without_a_yml_is_a_warning_with_the_custom_schema()
    {
        var loaded = TempSite.LoadFrom(("data/grants.csv", "a,b\n"));
        Assert.Equal(DiagnosticCodes.MissingSidecar, Assert.Single(loaded.Diagnostics).Code);
        Assert.Equal(("Grants", "custom"), (loaded.Content.Datasets[0].Title, loaded.Content.Datasets[0].Schema));
    }

    [Fact]
    public void Missing_and_orphan_sidecars_are_warnings_that_do_not_stop_the_build()
    {
        using var site = new TempSite(
            ("documents/asset-register.pdf", PdfFiles.Paper),
            ("data/old-spending.yml", "title: Old spending"));
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.Equal([DiagnosticCodes.SidecarWithoutFile, DiagnosticCodes.MissingSidecar], result.Diagnostics.Select(d => d.Code));
        Assert.True(File.Exists(Path.Combine(site.Output, "documents", "asset-register.pdf")));
    }
}
