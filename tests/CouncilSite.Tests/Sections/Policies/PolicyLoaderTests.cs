using CouncilSite.Diagnostics;
using CouncilSite.Sections.Policies;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Policies;

public class PolicyLoaderTests
{
    [Fact]
    public void A_markdown_policy_reads_its_front_matter()
    {
        var loaded = TempSite.LoadFrom(("policies/standing-orders.md", """
            ---
            title: Standing Orders
            adopted: 2026-05-14
            review: 2027-05-13
            version: "3.1"
            committee: full-council
            summary: How the council runs its meetings.
            ---
            ## Meetings
            """));
        Assert.Empty(loaded.Diagnostics);
        var policy = Assert.Single(loaded.Content.Policies);
        Assert.Equal("Standing Orders", policy.Title);
        Assert.Equal(new DateOnly(2026, 5, 14), policy.Adopted);
        Assert.Equal(new DateOnly(2027, 5, 13), policy.Review);
        Assert.Equal("3.1", policy.Version);
        Assert.Equal("full-council", policy.Committee!.Id);
        Assert.Equal("How the council runs its meetings.", policy.Summary);
        Assert.Equal("/policies/standing-orders/", policy.Address);
        Assert.NotNull(policy.Content);
        Assert.Null(policy.File);
        Assert.False(policy.IsReviewOverdue(TempSite.Today));
    }

    [Fact]
    public void Without_a_title_a_policy_is_called_by_its_first_heading_then_by_its_file_name()
    {
        var loaded = TempSite.LoadFrom(
            ("policies/a.md", "# Grants Policy\n\nText."),
            ("policies/data-protection-policy.md", "Text only."));
        Assert.Equal(["Data protection policy", "Grants Policy"], loaded.Content.Policies.Select(p => p.Title));
    }

    [Fact]
    public void A_file_policy_is_described_by_the_yml_beside_it()
    {
        var loaded = TempSite.LoadFrom(
            ("policies/complaints-policy.pdf", PdfFiles.Paper),
            ("policies/complaints-policy.yml", "title: Complaints Policy\nadopted: 2025-01-16\nreview: 2027-01-16"));
        Assert.Empty(loaded.Diagnostics);
        var policy = Assert.Single(loaded.Content.Policies);
        Assert.Equal("Complaints Policy", policy.Title);
        Assert.Equal(new DateOnly(2025, 1, 16), policy.Adopted);
        Assert.Null(policy.Content);
        Assert.Equal("policies/complaints-policy.pdf", policy.File!.File);
        Assert.Equal("policies/complaints-policy.yml", policy.SourceFile);
        Assert.Equal("/policies/complaints-policy/", policy.Address);
    }

    [Fact]
    public void A_file_policy_without_a_yml_is_a_warning_and_titled_from_its_name()
    {
        var loaded = TempSite.LoadFrom(("policies/complaints-policy.pdf", PdfFiles.Paper));
        Assert.Equal(Severity.Warning, loaded.Single(DiagnosticCodes.MissingSidecar).Severity);
        Assert.Equal("Complaints policy", Assert.Single(loaded.Content.Policies).Title);
    }

    [Fact]
    public void A_review_date_that_has_passed_is_a_warning_on_the_review_line_and_the_policy_is_overdue()
    {
        var loaded = TempSite.LoadFrom(("policies/standing-orders.md", "---\ntitle: Standing Orders\nreview: 2026-11-26\n---\nText."));
        var warning = loaded.Single(DiagnosticCodes.ReviewOverdue);
        Assert.Equal((Severity.Warning, "policies/standing-orders.md", 3), (warning.Severity, warning.File, warning.Line));
        Assert.True(Assert.Single(loaded.Content.Policies).IsReviewOverdue(TempSite.Today));
    }

    [Fact]
    public void A_review_due_today_is_not_yet_overdue()
    {
        var loaded = TempSite.LoadFrom(("policies/standing-orders.md", "---\nreview: 2026-11-27\n---\nText."));
        Assert.Empty(loaded.Diagnostics);
        Assert.False(Assert.Single(loaded.Content.Policies).IsReviewOverdue(TempSite.Today));
    }

    [Fact]
    public void An_overdue_file_policy_is_reported_in_its_yml()
    {
        var loaded = TempSite.LoadFrom(
            ("policies/complaints-policy.pdf", PdfFiles.Paper),
            ("policies/complaints-policy.yml", "title: Complaints Policy\nreview: 2025-01-16"));
        var warning = loaded.Single(DiagnosticCodes.ReviewOverdue);
        Assert.Equal(("policies/complaints-policy.yml", 2), (warning.File, warning.Line));
    }

    [Fact]
    public void A_committee_not_in_site_yml_is_an_error()
    {
        var loaded = TempSite.LoadFrom(("policies/standing-orders.md", "---\ncommittee: finance\n---\nText."));
        var error = loaded.Single(DiagnosticCodes.UnknownCommittee);
        Assert.Equal(2, error.Line);
    }
}
