using CouncilSite.Build;
using CouncilSite.Tests.Support;
using CouncilSite.Transparency;

namespace CouncilSite.Tests.Transparency;

/// <summary>The checklist of each regime: present and current, out of date, missing, with the year covered.</summary>
public class TransparencyCheckTests
{
    private static readonly (string, string)[] Complete =
    [
        ("documents/agar-2025-26-section-1.pdf", PdfFiles.Paper),
        ("documents/agar-2025-26-section-1.yml", "title: Annual governance statement 2025-26\ncategory: annual-governance-statement\nfinancial_year: 2025-26\n"),
        ("documents/agar-2025-26-section-2.pdf", PdfFiles.Paper),
        ("documents/agar-2025-26-section-2.yml", "title: Accounting statements 2025-26\ncategory: accounting-statements\nfinancial_year: 2025-26\n"),
        ("documents/internal-audit-report-2025-26.pdf", PdfFiles.Paper),
        ("documents/internal-audit-report-2025-26.yml", "title: Internal audit report 2025-26\ncategory: internal-audit-report\nfinancial_year: 2025-26\n"),
        ("documents/notice-2025-26.pdf", PdfFiles.Paper),
        ("documents/notice-2025-26.yml", "title: Notice of public rights 2025-26\ncategory: notice-of-public-rights\nfinancial_year: 2025-26\n"),
        ("documents/councillors-2026-27.pdf", PdfFiles.Paper),
        ("documents/councillors-2026-27.yml", "title: Councillor responsibilities 2026-27\ncategory: councillor-responsibilities\nfinancial_year: 2026-27\n"),
        ("data/assets.csv", "Asset,Location\nVillage green,The Green\n"),
        ("data/assets.yml", "title: Land and buildings\nschema: assets\nperiod:\n  start: 2025-04-01\n  end: 2026-03-31\n"),
        ("data/spending-2025-26.csv", "Date,Supplier,Amount,Description\n08/04/2025,EDF,120.00,Electricity\n"),
        ("data/spending-2025-26.yml", "title: Spending over £100, 2025-26\nschema: spend\nperiod:\n  start: 2025-04-01\n  end: 2026-03-31\n"),
        ("meetings/2026-09-17-full-council/agenda.md", "1. Apologies\n"),
        ("meetings/2026-09-17-full-council/minutes.md", "---\nstatus: draft\n---\nPresent: Cllr Smith.\n"),
        ("meetings/2026-11-19-full-council/agenda.md", "1. Apologies\n"),
        ("meetings/2026-11-30-planning/agenda.md", "1. Applications\n"),
        ("meetings/2026-12-10-planning/meeting.yml", "time: \"19:30\"\n"),
    ];

    private static TransparencyReport Check(TempSite site, DateOnly? today = null)
    {
        var result = SiteCheck.Run(site.Root, today ?? TempSite.Today);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.IsType<TransparencyReport>(result.Report);
    }

    private static ChecklistItem Item(TransparencyReport report, string id) => Assert.Single(report.Items, i => i.Rule.Id == id);

    [Fact]
    public void A_complete_smaller_authority_has_every_item_present_and_current()
    {
        using var site = new TempSite(Complete);

        var report = Check(site);

        Assert.Equal("2025-26", report.LatestEndedYear.Label);
        Assert.All(report.Items, i => Assert.True(i.Status == ItemStatus.Current, $"{i.Rule.Id}: {i.Status} {i.Explanation}"));
        Assert.Equal(
            ["spending-over-100", "accounting-statements", "annual-governance-statement", "internal-audit-report", "councillor-responsibilities",
             "land-and-buildings", "agendas", "draft-minutes", "notice-of-public-rights"],
            report.Items.Select(i => i.Rule.Id));
        Assert.Equal("2025-26", Item(report, "internal-audit-report").Covers);
        Assert.Equal(new Evidence("Spending over £100, 2025-26", "/data/spending-2025-26/", "1 April 2025 to 31 March 2026"), Item(report, "spending-over-100").Evidence.Single());
        Assert.False(report.Fails);
    }

    [Fact]
    public void Removing_the_internal_audit_report_makes_it_missing_and_check_strict_fail()
    {
        using var site = new TempSite(Complete);
        site.Delete("documents/internal-audit-report-2025-26.pdf");
        site.Delete("documents/internal-audit-report-2025-26.yml");

        var item = Item(Check(site), "internal-audit-report");
        Assert.Equal(ItemStatus.Missing, item.Status);
        Assert.Contains("category: internal-audit-report", item.Explanation);

        var strict = CommandRunner.Run("check", site.Root, "--strict", "--today", "2026-11-27");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("Missing              Internal audit report", strict.Stdout);
        Assert.Equal(0, CommandRunner.Run("check", site.Root, "--today", "2026-11-27").ExitCode);
    }

    [Fact]
    public void Check_strict_passes_a_complete_site_and_prints_the_checklist()
    {
        using var site = new TempSite(Complete);

        var result = CommandRunner.Run("check", site.Root, "--strict", "--today", "2026-11-27");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Transparency Code for Smaller Authorities, checked on 2026-11-27; the last financial year to have ended is 2025-26", result.Stdout);
        Assert.Contains("Present and current  Spending over £100 [2025-26]", result.Stdout);
        Assert.EndsWith("9 items: 9 present and current." + Environment.NewLine, result.Stdout);
    }

    [Fact]
    public void Last_years_document_only_is_out_of_date_once_this_years_is_due()
    {
        using var site = new TempSite(Complete);
        site.Write("documents/internal-audit-report-2025-26.yml", "title: Internal audit report 2024-25\ncategory: internal-audit-report\nfinancial_year: 2024-25\n");

        var item = Item(Check(site), "internal-audit-report");

        Assert.Equal(ItemStatus.OutOfDate, item.Status);
        Assert.Equal("2024-25", item.Covers);
        Assert.Contains("Nothing published covers 2025-26, which was due by 1 July 2026.", item.Explanation);
        Assert.True(item.Fails);
    }

    [Fact]
    public void Before_1_july_the_previous_years_documents_are_still_current()
    {
        using var site = new TempSite(Complete);
        site.Write("documents/internal-audit-report-2025-26.yml", "title: Internal audit report 2024-25\ncategory: internal-audit-report\nfinancial_year: 2024-25\n");
        site.Delete("meetings/2026-09-17-full-council/minutes.md");

        var item = Item(Check(site, new DateOnly(2026, 6, 30)), "internal-audit-report");

        Assert.Equal(ItemStatus.Current, item.Status);
        Assert.Equal("2024-25", item.Covers);
    }

    [Fact]
    public void Spend_files_for_parts_of_the_year_count_together_and_a_gap_makes_the_year_out_of_date()
    {
        using var site = new TempSite(Complete);
        site.Write("data/spending-2025-26.yml", "title: Spending April to September 2025\nschema: spend\nperiod:\n  start: 2025-04-01\n  end: 2025-09-30\n");
        site.Write("data/spending-h2.csv", "Date,Supplier,Amount,Description\n08/11/2025,EDF,120.00,Electricity\n");
        site.Write("data/spending-h2.yml", "title: Spending November 2025 to March 2026\nschema: spend\nperiod:\n  start: 2025-11-01\n  end: 2026-03-31\n");

        Assert.Equal(ItemStatus.OutOfDate, Item(Check(site), "spending-over-100").Status);

        site.Write("data/spending-h2.yml", "title: Spending October 2025 to March 2026\nschema: spend\nperiod:\n  start: 2025-10-01\n  end: 2026-03-31\n");
        var item = Item(Check(site), "spending-over-100");
        Assert.Equal(ItemStatus.Current, item.Status);
        Assert.Equal(2, item.Evidence.Count);
    }

    [Fact]
    public void Spend_data_without_a_period_covers_only_its_payments_and_the_explanation_says_to_add_one()
    {
        using var site = new TempSite(Complete);
        site.Write("data/spending-2025-26.yml", "title: Spending over £100, 2025-26\nschema: spend\n");

        var item = Item(Check(site), "spending-over-100");

        Assert.Equal(ItemStatus.OutOfDate, item.Status);
        Assert.Equal("8 April 2025 to 8 April 2025", item.Evidence.Single().Covers);
        Assert.Contains("each dataset its period (start and end)", item.Explanation);
    }

    [Fact]
    public void Councillors_pages_with_responsibilities_meet_the_item_without_a_document()
    {
        using var site = new TempSite(Complete);
        site.Delete("documents/councillors-2026-27.pdf");
        site.Delete("documents/councillors-2026-27.yml");
        Assert.Equal(ItemStatus.Missing, Item(Check(site), "councillor-responsibilities").Status);

        site.Write("councillors/jane-smith.md", "---\nname: Jane Smith\nrole: Chair\nresponsibilities: [Finance, Allotments]\n---\nJane.\n");
        var item = Item(Check(site), "councillor-responsibilities");

        Assert.Equal(ItemStatus.Current, item.Status);
        Assert.Equal("/councillors/", item.Evidence[0].Address);
    }

    [Fact]
    public void A_meeting_without_minutes_a_month_later_makes_minutes_out_of_date_and_is_named()
    {
        using var site = new TempSite(Complete);
        site.Write("meetings/2026-10-15-full-council/agenda.md", "1. Apologies\n");

        var item = Item(Check(site), "draft-minutes");

        Assert.Equal(ItemStatus.OutOfDate, item.Status);
        Assert.Equal("1 meeting of 2 has no minutes on the site: Full Council, 15 October 2026.", item.Explanation);
        Assert.Equal(ItemStatus.Current, Item(Check(site), "agendas").Status);
    }

    [Fact]
    public void A_meeting_in_the_next_three_days_needs_its_agenda_and_one_further_off_does_not()
    {
        using var site = new TempSite(Complete);
        site.Delete("meetings/2026-11-30-planning/agenda.md");
        site.Write("meetings/2026-11-30-planning/meeting.yml", "time: \"19:30\"\n");

        var item = Item(Check(site), "agendas");

        Assert.Equal(ItemStatus.OutOfDate, item.Status);
        Assert.Contains("Planning Committee, 30 November 2026", item.Explanation);
        Assert.DoesNotContain("10 December", item.Explanation);
    }

    [Fact]
    public void The_local_government_code_lists_its_items_and_checks_spending_by_quarter()
    {
        using var site = new TempSite(Complete);
        site.Write("site.yml", TempSite.SiteYml + "\ntransparency: local-government-2015\n");
        site.Write("data/spending-2025-26.yml", "title: Spending over £500\nschema: spend\nperiod:\n  start: 2026-04-01\n  end: 2026-06-30\n");

        var report = Check(site);
        var spend = Item(report, "spending-over-500");

        Assert.Equal("Local Government Transparency Code 2015", report.RegimeName);
        Assert.Equal(ItemStatus.OutOfDate, spend.Status);
        Assert.Equal("1 April 2026 to 30 June 2026", spend.Covers);
        Assert.Contains("Nothing published covers 1 July 2026 to 30 September 2026", spend.Explanation);
        Assert.Equal(ItemStatus.NotChecked, Item(report, "parking").Status);
        Assert.False(Item(report, "procurement-card").Fails);
        Assert.Equal(ItemStatus.Missing, Item(report, "organisation-chart").Status);
        Assert.Contains(report.Items, i => i.Rule.Id == "senior-salaries");
        Assert.Contains(report.Items, i => i.Rule.Id == "contracts-over-5000");
        Assert.Contains(report.Items, i => i.Rule.Id == "grants");

        site.Write("data/spending-2025-26.yml", "title: Spending over £500\nschema: spend\nperiod:\n  start: 2026-04-01\n  end: 2026-09-30\n");
        Assert.Equal(ItemStatus.Current, Item(Check(site), "spending-over-500").Status);
    }

    [Fact]
    public void The_financial_year_follows_site_yml()
    {
        using var site = new TempSite(Complete);
        site.Write("site.yml", TempSite.SiteYml + "\nfinancial_year_start: 01-01\n");

        var report = Check(site);

        Assert.Equal("2025", report.LatestEndedYear.Label);
        Assert.Equal(new DateOnly(2025, 12, 31), report.LatestEndedYear.End);
    }

    [Fact]
    public void With_no_regime_there_is_no_checklist_page_or_navigation_item()
    {
        using var site = new TempSite(Complete);
        site.Write("site.yml", TempSite.SiteYml + "\ntransparency: none\n");

        Assert.Null(SiteCheck.Run(site.Root, TempSite.Today).Report);
        Assert.True(site.Build().Succeeded);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "transparency")));
        Assert.DoesNotContain("Transparency", File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Check_reports_a_broken_link_as_the_build_would_and_writes_nothing()
    {
        using var site = new TempSite([.. Complete, ("pages/about.md", "# About\nSee [the budget](../documents/budget-2099.pdf).\n")]);

        var result = SiteCheck.Run(site.Root, TempSite.Today);

        var broken = Assert.Single(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.BrokenLink);
        Assert.Equal(("pages/about.md", 2), (broken.File, broken.Line));
        Assert.True(result.HasErrors);
        Assert.NotNull(result.Report);
        Assert.False(Directory.Exists(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site")));
    }

    [Fact]
    public void Check_names_a_misspelt_time_zone_and_still_reads_the_site()
    {
        using var site = new TempSite(Complete);
        site.Write("site.yml", TempSite.SiteYml + "\ntimezone: Mars/Olympus_Mons\n");

        var result = SiteCheck.Run(site.Root, TempSite.Today);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("site.yml", Diagnostics.DiagnosticCodes.InvalidValue), (error.File, error.Code));
        Assert.NotNull(result.Report);
    }
}
