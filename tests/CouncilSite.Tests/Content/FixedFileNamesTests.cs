using CouncilSite.Diagnostics;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Documents;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Content;

/// <summary>Descriptions and site.yml named in other case or with the long ending '.yaml'.</summary>
public class FixedFileNamesTests
{
    [Fact]
    public void A_dataset_description_ending_yaml_is_read_with_a_warning_to_rename_it()
    {
        var loaded = TempSite.LoadFrom(
            ("data/spending-2025-26.csv", "Date,Supplier,Amount,Description\n"),
            ("data/spending-2025-26.yaml", "title: Spending 2025-26\nschema: spend"));
        Assert.Equal(("Spending 2025-26", "spend"), (loaded.Content.Datasets[0].Title, loaded.Content.Datasets[0].Schema));
        var warning = Assert.Single(loaded.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.MisnamedFile, "data/spending-2025-26.yaml"), (warning.Severity, warning.Code, warning.File));
        Assert.Equal("Read 'spending-2025-26.yaml' as the description of 'spending-2025-26.csv'; rename it 'spending-2025-26.yml'.", warning.Message);
    }

    [Fact]
    public void A_document_description_in_other_case_is_read_not_reported_as_missing()
    {
        var loaded = TempSite.LoadFrom(("documents/budget-2026-27.pdf", PdfFiles.Paper), ("documents/Budget-2026-27.yml", "title: Budget 2026-27"));
        Assert.Equal("Budget 2026-27", Assert.Single(loaded.Content.Documents).Title);
        Assert.Equal([DiagnosticCodes.MisnamedFile], loaded.Codes);
    }

    [Fact]
    public void Two_descriptions_of_one_file_are_an_error_naming_both()
    {
        var loaded = TempSite.LoadFrom(("documents/budget.pdf", PdfFiles.Paper), ("documents/budget.yml", "title: Budget"), ("documents/budget.yaml", "title: Old budget"));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((DiagnosticCodes.MisnamedFile, "documents/budget.pdf"), (error.Code, error.File));
        Assert.Contains("'budget.yaml' and 'budget.yml'", error.Message);
        Assert.Equal("Budget", Assert.Single(loaded.Content.Documents).Title);
    }

    [Theory]
    [InlineData("site.yaml")]
    [InlineData("Site.yml")]
    public void A_missing_site_yml_names_the_misnamed_one(string name)
    {
        if (!TempSite.CaseSensitiveDisk && name != "site.yaml")
        {
            return; // Such a disk reads Site.yml as site.yml.
        }

        using var site = new TempSite((name, TempSite.SiteYml));
        site.Delete("site.yml");
        var (config, diagnostics) = site.LoadConfig();
        Assert.Null(config);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SiteYmlMissing, error.Code);
        Assert.EndsWith($"but there is '{name}'.", error.Message);
        Assert.StartsWith($"Rename '{name}' to 'site.yml'.", error.Hint);
    }
}
