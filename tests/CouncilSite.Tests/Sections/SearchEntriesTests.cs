using CouncilSite.Search;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections;

/// <summary>What a resident finds of the example council with the site's search, section by section.</summary>
public class SearchEntriesTests(ExampleSiteSearch example) : IClassFixture<ExampleSiteSearch>
{
    [Fact]
    public void The_play_area_contract_is_a_decision_found_at_its_place_in_the_minutes()
    {
        var decision = example.At("/meetings/2026-10-15-full-council/minutes/#decision-c083-26");

        Assert.Equal(SearchKind.Decisions, decision.Kind);
        Assert.Equal("Play area refurbishment", decision.Title);
        Assert.Contains("C083/26", decision.Text, StringComparison.Ordinal);
        Assert.Contains("awarded to Meadowplay Ltd", decision.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 10, 15), decision.Date);
        Assert.Equal("full-council", decision.CommitteeId);
        Assert.Equal("Full Council, 15 October 2026", decision.Context);
    }

    [Fact]
    public void Every_decision_leads_to_its_anchor_in_the_published_minutes()
    {
        using var built = new ExampleSiteBuild();
        var decisions = example.Of(SearchKind.Decisions).ToList();

        Assert.True(decisions.Count > 50);
        Assert.All(decisions, d =>
        {
            var (page, anchor) = (d.Address[..d.Address.IndexOf('#')], d.Address[(d.Address.IndexOf('#') + 1)..]);
            Assert.EndsWith("/minutes/", page, StringComparison.Ordinal);
            Assert.Contains($"id=\"{anchor}\"", File.ReadAllText(Path.Combine(built.Output, page.Trim('/'), "index.html")), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_meeting_is_found_by_its_committee_date_place_and_agenda_and_its_minutes_by_their_words()
    {
        var meeting = example.At("/meetings/2026-01-15-full-council/");
        var minutes = example.At("/meetings/2026-01-15-full-council/minutes/");

        Assert.Equal(SearchKind.Meetings, meeting.Kind);
        Assert.Equal("Full Council, 15 January 2026", meeting.Title);
        Assert.Contains("Thursday 15 January 2026", meeting.Text, StringComparison.Ordinal);
        Assert.Contains("Village Hall", meeting.Text, StringComparison.Ordinal);
        Assert.Contains("precept", meeting.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SearchKind.Minutes, minutes.Kind);
        Assert.Equal("Full Council, 15 January 2026", minutes.Context);
        Assert.Equal(new DateOnly(2026, 1, 15), minutes.Date);
        Assert.Contains("RESOLVED", minutes.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meetings_markdown_paper_is_a_document_placed_by_its_meeting()
    {
        var paper = example.At("/meetings/2026-11-19-full-council/clerks-report/");

        Assert.Equal(SearchKind.Documents, paper.Kind);
        Assert.Equal("Full Council, 19 November 2026", paper.Context);
        Assert.Contains("Play area", paper.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_policies_and_news_are_found_by_their_own_words()
    {
        var allotments = example.At("/allotments/");
        var policy = example.At("/policies/equality-and-diversity-policy/");
        var news = example.At("/news/2026-05-20-play-area-survey/");

        Assert.Equal(SearchKind.Pages, allotments.Kind);
        Assert.Contains("dogs must be kept on a lead", allotments.Text, StringComparison.Ordinal);
        Assert.Contains("The council's allotments at Pound Lane", allotments.Text, StringComparison.Ordinal);
        Assert.Equal(SearchKind.Policies, policy.Kind);
        Assert.Contains("play area", policy.Text, StringComparison.Ordinal);
        Assert.Equal(SearchKind.News, news.Kind);
        Assert.Equal(new DateOnly(2026, 5, 20), news.Date);
        Assert.Equal("Have your say on the Bramford Green play area", news.Title);
    }

    [Fact]
    public void A_councillor_is_found_by_name_ward_roles_and_the_words_of_their_page()
    {
        var councillor = example.At("/councillors/priya-sharma/");

        Assert.Equal(SearchKind.Councillors, councillor.Kind);
        Assert.Equal("Priya Sharma", councillor.Title);
        Assert.Equal("Councillor, Bramford Green ward", councillor.Context);
        Assert.Contains("Play area and young people", councillor.Text, StringComparison.Ordinal);
        Assert.Contains("co-option in 2024", councillor.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Spending_data_is_found_by_its_columns_and_each_supplier_paid_once()
    {
        var spending = example.At("/data/spending-2025-26/");
        var lines = spending.Text.Split('\n');

        Assert.Equal(SearchKind.Data, spending.Kind);
        Assert.Equal("Payments over £100, 2025-26", spending.Title);
        Assert.Contains("Supplier", lines);
        Assert.Contains("Playsafe Inspections Ltd", lines);
        Assert.Single(lines, l => l == "Bramford Grounds Maintenance Ltd");
        Assert.Contains("Land and buildings owned by the council, at 31 March 2026", example.Of(SearchKind.Data).Select(e => e.Title));
    }

    [Fact]
    public void A_document_is_found_by_its_title_and_summary_and_placed_by_its_category()
    {
        var budget = example.At("/documents/budget-2026-27.pdf");

        Assert.Equal(SearchKind.Documents, budget.Kind);
        Assert.Equal("Budget 2026-27", budget.Title);
        Assert.Equal("Budget", budget.Context);
        Assert.Contains("expected income of £23,810", budget.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sites_own_statements_are_pages_found_by_what_they_cover()
    {
        Assert.Contains("Accessibility statement", example.At("/accessibility/").Title, StringComparison.Ordinal);
        Assert.Contains("Internal audit report", example.At("/transparency/").Text, StringComparison.Ordinal);
        Assert.All(example.Entries, e => Assert.DoesNotContain("\n\n", e.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_entries_come_in_the_same_order_with_the_same_words_every_time()
    {
        var again = SiteSearch.Entries(ExampleSiteBuild.SiteFolder, ExampleSiteSearch.Today);

        Assert.Equal(example.Entries, again);
        Assert.Equal(example.Entries.Count, example.Entries.Select(e => e.Address).Distinct().Count());
    }
}
