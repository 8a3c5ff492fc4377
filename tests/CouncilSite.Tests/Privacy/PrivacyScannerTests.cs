using System.Text;
using CouncilSite.Diagnostics;
using CouncilSite.Privacy;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Privacy;

/// <summary>Warnings about personal data and spreadsheet formulas in what a site publishes, and how a clerk marks them checked.</summary>
public class PrivacyScannerTests
{
    private const string SiteYml = """
        name: Little Bramford Parish Council
        url: https://www.littlebramford-pc.gov.uk
        clerk:
          email: clerk@littlebramford-pc.gov.uk
          phone: 01632 960412
        committees:
          - id: full-council
            name: Full Council
        """;

    private static List<Diagnostic> Findings(TempSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Diagnostics.Where(d => d.Code is DiagnosticCodes.PersonalData or DiagnosticCodes.SpreadsheetFormula).ToList();
    }

    [Fact]
    public void A_document_written_in_markdown_is_scanned_like_any_page()
    {
        using var site = new TempSite(("site.yml", SiteYml), ("documents/annual-report.md", "# Annual report\n\nWrite to jones.family@gmail.com.\n"),
            ("documents/annual-report.yml", "title: Annual report"));

        Assert.Equal([("documents/annual-report.md", 3)], Findings(site).Select(f => (f.File, f.Line)));
    }

    [Fact]
    public void Personal_data_in_markdown_is_reported_with_file_line_and_column()
    {
        using var site = new TempSite(("site.yml", SiteYml), ("pages/about.md", "---\ntitle: About\n---\nThe hall.\n\nBook with Mrs Jones on 07700 900123 or jones.family@gmail.com.\n"));

        var findings = Findings(site);

        Assert.Equal(
            [("pages/about.md", 6, 24, "'07700 900123' looks like a personal phone number: it is not the clerk's or a councillor's published number."),
             ("pages/about.md", 6, 40, "'jones.family@gmail.com' looks like a personal e-mail address: it is not at the council's own domain (littlebramford-pc.gov.uk).")],
            findings.Select(f => (f.File, f.Line, f.Column, f.Message)));
        Assert.All(findings, f => Assert.False(f.IsError));
        Assert.Contains("pages/about.md:6", findings[0].Hint);
    }

    [Fact]
    public void The_councils_own_addresses_and_councillors_published_contacts_are_not_findings()
    {
        using var site = new TempSite(
            ("site.yml", SiteYml),
            ("councillors/jane-smith.md", "---\nname: Jane Smith\nemail: janesmith.cllr@gmail.com\nphone: 07700 900456\n---\nJane.\n"),
            ("pages/contact.md", "---\ntitle: Contact\n---\nEmail clerk@littlebramford-pc.gov.uk or parish@www.littlebramford-pc.gov.uk, ring +44 1632 960412,\nor Cllr Smith on 07700 900456 (janesmith.cllr@gmail.com).\n"));

        Assert.Empty(Findings(site));
    }

    [Fact]
    public void Organisations_numbers_in_a_news_item_and_a_policy_are_not_findings_but_a_residents_mobile_is()
    {
        using var site = new TempSite(
            ("site.yml", SiteYml),
            ("news/2026-11-02-potholes.md", "---\ntitle: Potholes on Church Lane\n---\nReport potholes to Wendhamshire County Council on 0300 123 4567 or free on 0800 123 4567.\n\nMr Brown (07700 900321) has offered to help.\n"),
            ("policies/data-protection.md", "---\ntitle: Data Protection Policy\nadopted: 2026-05-14\n---\nYou may complain to the Information Commissioner's Office: ico.org.uk, 0303 123 1113.\n\nThe council's office is on +44 1632 960412.\n"));

        var finding = Assert.Single(Findings(site));

        Assert.Equal(("news/2026-11-02-potholes.md", 6, "'07700 900321' looks like a personal phone number: it is not the clerk's or a councillor's published number."),
            (finding.File, finding.Line, finding.Message));
    }

    [Fact]
    public void A_reviewed_value_or_place_is_not_reported_again()
    {
        using var site = new TempSite(
            ("site.yml", SiteYml + "\nprivacy_reviewed:\n  - 01632 960900\n  - \"pages/contact.md:5\"\n"),
            ("pages/contact.md", "---\ntitle: Contact\n---\nPotholes: the county council on 01632 960900.\nHall bookings: bookings@villagehall.org.uk\nAllotments: allotments@villagehall.org.uk\n"));

        var finding = Assert.Single(Findings(site));

        Assert.Equal(("pages/contact.md", 6), (finding.File, finding.Line));
    }

    [Fact]
    public void Csv_files_are_scanned_for_personal_data_and_for_cells_a_spreadsheet_would_run()
    {
        var csv = "Date,Supplier,Amount,Description\n08/04/2025,J Smith,-12.00,\"Refund, ring 07700 900123\"\n09/04/2025,=HYPERLINK(\"http://x\"),+5,-\n10/04/2025,@SUM(A1),-2+3,Grass\n";
        using var site = new TempSite(("site.yml", SiteYml), ("data/spend.yml", "title: Spend\nschema: spend\n"), ("meetings/2026-10-15-full-council/payments.csv", "Payee,Sort code\nJ Smith,40-47-84\n"))
            .With("data/spend.csv", Encoding.UTF8.GetBytes(csv));

        var findings = Findings(site);

        Assert.Equal(
            [("data/spend.csv", 2, DiagnosticCodes.PersonalData), ("data/spend.csv", 3, DiagnosticCodes.SpreadsheetFormula),
             ("data/spend.csv", 4, DiagnosticCodes.SpreadsheetFormula), ("data/spend.csv", 4, DiagnosticCodes.SpreadsheetFormula),
             ("meetings/2026-10-15-full-council/payments.csv", 2, DiagnosticCodes.PersonalData)],
            findings.Select(f => (f.File, f.Line, f.Code)));
        Assert.Contains("'=HYPERLINK(\"http://x\")' starts with '='", findings[1].Message);
    }

    [Fact]
    public void Every_csv_file_the_site_publishes_is_scanned_wherever_it_is_kept()
    {
        using var site = new TempSite(
            ("site.yml", SiteYml),
            ("static/downloads/grants.csv", "Payee,Phone\nJ Smith,07700 900123\n"),
            ("documents/allotment-waiting-list.csv", "Name,Email\nJ Smith,j.smith@gmail.com\n"),
            ("pages/about.md", "---\ntitle: About\n---\nText."),
            ("pages/hall-bookings.csv", "Hirer,Sort code\nJ Smith,40-47-84\n"));

        Assert.Equal(
            [("documents/allotment-waiting-list.csv", 2), ("pages/hall-bookings.csv", 2), ("static/downloads/grants.csv", 2)],
            Findings(site).Select(f => (f.File, f.Line)).Order());
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", true)]
    [InlineData("+cmd|' /C calc'!A0", true)]
    [InlineData("-2+3", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("-12.00", false)]
    [InlineData("-£12.00", false)]
    [InlineData("+5", false)]
    [InlineData("-", false)]
    [InlineData("--", false)]
    [InlineData("Grass cutting", false)]
    [InlineData("", false)]
    public void Formula_cells(string cell, bool formula) => Assert.Equal(formula, FormulaCells.IsFormula(cell));
}
