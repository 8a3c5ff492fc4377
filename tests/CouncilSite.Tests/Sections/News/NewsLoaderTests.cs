using CouncilSite.Diagnostics;
using CouncilSite.Sections.News;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.News;

public class NewsLoaderTests
{
    [Fact]
    public void The_date_comes_from_the_file_name_and_the_title_from_front_matter()
    {
        var loaded = TempSite.LoadFrom(("news/2026-02-01-road-closure.md", "---\ntitle: The Street closed\nsummary: Resurfacing.\n---\nText."));
        var item = Assert.Single(loaded.Content.News);
        Assert.Equal(new DateOnly(2026, 2, 1), item.Date);
        Assert.Equal(("The Street closed", "Resurfacing."), (item.Title, item.Summary));
        Assert.Equal("/news/2026-02-01-road-closure/", item.Address);
    }

    [Fact]
    public void Without_title_or_summary_the_first_heading_and_paragraph_are_used()
    {
        var loaded = TempSite.LoadFrom(("news/2026-02-01-road-closure.md", "# The Street closed\n\nFrom 2 to 6 February.\n\nMore."));
        var item = Assert.Single(loaded.Content.News);
        Assert.Equal(("The Street closed", "From 2 to 6 February."), (item.Title, item.Summary));
    }

    [Fact]
    public void A_news_file_named_without_a_date_is_an_error()
    {
        var loaded = TempSite.LoadFrom(("news/road-closure.md", "Text."));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal((DiagnosticCodes.FileName, "news/road-closure.md"), (error.Code, error.File));
        Assert.Contains("road-closure", error.Hint);
        Assert.Empty(loaded.Content.News);
    }

    [Fact]
    public void A_news_file_named_with_an_impossible_date_is_an_error() =>
        Assert.Equal(DiagnosticCodes.InvalidDate, Assert.Single(TempSite.LoadFrom(("news/2026-02-30-road-closure.md", "Text.")).Errors).Code);

    [Fact]
    public void An_item_expires_the_day_after_its_expiry_date()
    {
        var loaded = TempSite.LoadFrom(
            ("news/2026-11-01-fireworks.md", "---\nexpires: 2026-11-26\n---\nText."),
            ("news/2026-11-02-lights.md", "---\nexpires: 2026-11-27\n---\nText."),
            ("news/2026-11-03-hall.md", "Text."));
        Assert.Equal(
            [("2026-11-03-hall", false), ("2026-11-02-lights", false), ("2026-11-01-fireworks", true)],
            loaded.Content.News.Select(n => (n.Slug, n.IsExpired(TempSite.Today))));
    }

    [Fact]
    public void An_expired_item_keeps_its_page_because_addresses_are_permanent()
    {
        using var site = new TempSite(("news/2026-11-01-fireworks.md", "---\ntitle: Fireworks night\nexpires: 2026-11-06\n---\nText."));
        Assert.True(site.Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "news", "2026-11-01-fireworks", "index.html")));
        Assert.DoesNotContain("Fireworks night", File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }
}
