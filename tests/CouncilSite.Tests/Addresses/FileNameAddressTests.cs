using CouncilSite.Diagnostics;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.News;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Addresses;

/// <summary>Files named as clerks name them (spaces, accents, capitals, punctuation) are published at their folded addresses.</summary>
public class FileNameAddressTests
{
    private const string Meeting = "meetings/2026-10-15-full-council";

    [Fact]
    public void A_news_file_named_with_spaces_accents_and_an_ampersand_is_published()
    {
        var loaded = TempSite.LoadFrom(("news/2025-04-02-Spring fair – café & crafts.md", "Come along."));
        Assert.Empty(loaded.Diagnostics);
        var item = Assert.Single(loaded.Content.News);
        Assert.Equal(("/news/2025-04-02-spring-fair-cafe-and-crafts/", "Spring fair – café & crafts"), (item.Address, item.Title));
        Assert.Equal(new DateOnly(2025, 4, 2), item.Date);
    }

    [Fact]
    public void A_news_file_with_nothing_but_punctuation_after_its_date_is_an_error_naming_it()
    {
        var loaded = TempSite.LoadFrom(("news/2025-04-02-!!!.md", "Come along."));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((DiagnosticCodes.NameWithoutAddress, "news/2025-04-02-!!!.md"), (error.Code, error.File));
        Assert.Contains("2025-04-02-spring-fair.md", error.Hint);
        Assert.Empty(loaded.Content.News);
    }

    [Fact]
    public void A_document_whose_name_has_no_letters_or_digits_is_an_error_naming_it()
    {
        var loaded = TempSite.LoadFrom(("documents/!!!.pdf", PdfFiles.Paper), ("documents/!!!.yml", "title: Budget"));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((DiagnosticCodes.NameWithoutAddress, "documents/!!!.pdf"), (error.Code, error.File));
        Assert.Empty(loaded.Content.Documents);
    }

    [Fact]
    public void Every_kind_of_file_is_published_at_its_folded_address_and_linked_there()
    {
        using var site = new TempSite(
            ("documents/Budget 2026–27 (Draft).PDF", PdfFiles.Paper),
            ("documents/Budget 2026–27 (Draft).yml", "title: Draft budget\ncategory: budget\nfinancial_year: 2026-27"),
            ("policies/Grievance Policy.pdf", PdfFiles.Paper),
            ("policies/Grievance Policy.yml", "title: Grievance policy"),
            ("policies/Code of Conduct.md", "# Code of conduct\n\nBe kind."),
            ("pages/Village Hall/Opening Times.md", "# Opening times\n\n![The sign](/images/Village%20Sign.svg)\n\n[Hire form](<Hire Form.pdf>)"),
            ("pages/Village Hall/Hire Form.pdf", PdfFiles.Paper),
            ("static/images/Village Sign.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            ("councillors/Jane Smith.md", "---\nname: Jane Smith\n---\nJane."),
            ("data/Spending 2025.csv", "Date,Amount\n2025-04-01,12.50\n"),
            ("data/Spending 2025.yml", "title: Spending"),
            ($"{Meeting}/minutes.md", "1. See the [report](<Clerk's Report.md>) and [plan](Site%20Plan.PDF)."),
            ($"{Meeting}/Clerk's Report.md", "The clerk reported."),
            ($"{Meeting}/Site Plan.PDF", PdfFiles.Paper));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        string[] published =
        [
            "documents/budget-2026-27-draft.pdf", "policies/grievance-policy.pdf", "policies/grievance-policy/index.html",
            "policies/code-of-conduct/index.html", "village-hall/opening-times/index.html", "village-hall/hire-form.pdf",
            "images/village-sign.svg", "councillors/jane-smith/index.html", "data/spending-2025.csv", "data/spending-2025/index.html",
            $"{Meeting}/clerks-report/index.html", $"{Meeting}/site-plan.pdf",
        ];
        Assert.All(published, path => Assert.True(File.Exists(Path.Combine(site.Output, path)), $"{path} was not published"));

        string Page(string path) => File.ReadAllText(Path.Combine(site.Output, path));
        Assert.Contains("href=\"budget-2026-27-draft.pdf\"", Page("documents/index.html"));
        Assert.Contains("href=\"../grievance-policy.pdf\"", Page("policies/grievance-policy/index.html"));
        Assert.Contains("src=\"../../images/village-sign.svg\"", Page("village-hall/opening-times/index.html"));
        Assert.Contains("href=\"../hire-form.pdf\"", Page("village-hall/opening-times/index.html"));
        Assert.Contains("href=\"../clerks-report/index.html\"", Page($"{Meeting}/minutes/index.html"));
        Assert.Contains("href=\"../site-plan.pdf\"", Page($"{Meeting}/minutes/index.html"));
    }

    [Fact]
    public void Two_files_whose_names_fold_to_one_address_are_an_address_clash()
    {
        var result = new TempSite(("policies/Café.md", "# Café\n\nText."), ("policies/cafe.md", "# Cafe\n\nText.")).Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => (d.Code, d.File) == (DiagnosticCodes.AddressClash, "policies/Café.md") && d.Message.Contains("/policies/cafe/"));
    }
}
