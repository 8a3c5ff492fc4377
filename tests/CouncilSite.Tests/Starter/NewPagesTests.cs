using CouncilSite.Diagnostics;
using CouncilSite.Starter;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Starter;

public class NewPagesTests
{
    [Fact]
    public void A_policy_is_named_from_its_title_and_asks_for_its_text()
    {
        using var site = new TempSite();
        var result = NewPages.Policy(Starters.Open(site), "Standing Orders (2026)");
        Assert.Equal(["policies/standing-orders-2026.md"], result.Written);
        Assert.Equal("https://www.littlebramford-pc.gov.uk/policies/standing-orders-2026/", result.Address);
        var built = site.Build();
        Assert.True(built.Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "policies", "standing-orders-2026", "index.html")));

        // The empty page is the reminder to paste the policy in.
        Assert.Equal(DiagnosticCodes.EmptyFile, Assert.Single(built.Diagnostics).Code);
    }

    [Fact]
    public void A_news_item_is_dated_and_builds_once_written()
    {
        using var site = new TempSite();
        var result = NewPages.News(Starters.Open(site), "Road closure: The Street", new DateOnly(2026, 11, 20));
        Assert.Equal(["news/2026-11-20-road-closure-the-street.md"], result.Written);
        Assert.Equal("https://www.littlebramford-pc.gov.uk/news/2026-11-20-road-closure-the-street/", result.Address);
        File.AppendAllText(site.PathOf(result.Written[0]), "The Street is closed from 1 to 5 December.\n");
        Assert.Empty(site.Build().Diagnostics);
        Assert.Contains("Road closure: The Street", File.ReadAllText(Path.Combine(site.Output, "news", "2026-11-20-road-closure-the-street", "index.html")));
    }

    [Fact]
    public void A_councillor_is_published_with_no_warnings_and_nothing_but_the_name()
    {
        using var site = new TempSite();
        var result = NewPages.Councillor(Starters.Open(site), "Siân O'Neill");
        Assert.Equal(["councillors/sian-oneill.md"], result.Written);
        Assert.Empty(site.Build().Diagnostics);
        var page = File.ReadAllText(Path.Combine(site.Output, "councillors", "sian-oneill", "index.html"));
        Assert.Contains("Siân O'Neill", System.Net.WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("example.org", page);
    }

    [Fact]
    public void A_file_already_there_is_never_written_over()
    {
        using var site = new TempSite(("councillors/jane-smith.md", "mine"));
        Assert.Contains("already there", NewPages.Councillor(Starters.Open(site), "Jane Smith").Refusal);
        Assert.Equal("mine", File.ReadAllText(site.PathOf("councillors/jane-smith.md")));
    }

    [Fact]
    public void A_file_where_its_folder_would_be_is_a_refusal_not_a_crash()
    {
        using var site = new TempSite(("policies", "a file, not a folder"));
        Assert.Contains("policies/standing-orders.md could not be written", NewPages.Policy(Starters.Open(site), "Standing Orders").Refusal);
    }

    [Fact]
    public void A_title_in_letters_a_file_name_cannot_use_says_how_to_give_one()
    {
        using var site = new TempSite();
        var refusal = NewPages.Policy(Starters.Open(site), "政策").Refusal;
        Assert.Contains("no letter a file name can use", refusal);
        Assert.Contains("change the title", refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("???")]
    public void A_title_without_words_is_refused(string title)
    {
        using var site = new TempSite();
        Assert.NotNull(NewPages.Policy(Starters.Open(site), title).Refusal);
        Assert.False(Directory.Exists(site.PathOf("policies")));
    }
}
