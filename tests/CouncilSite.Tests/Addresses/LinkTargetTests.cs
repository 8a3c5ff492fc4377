using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Addresses;

/// <summary>
/// Every file the build publishes may be linked to, from the site root or by the site's full
/// address: the pages, the clerk's files, and what the site makes itself (the theme's style
/// sheet, feeds, calendars, open data, the sitemap, the 404 page).
/// </summary>
public sealed class LinkTargetTests
{
    private const string Own = "https://www.littlebramford-pc.gov.uk";

    [Fact]
    public void A_link_to_every_file_of_the_output_builds_in_both_forms()
    {
        using var site = SampleSite.Create();
        var first = site.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var published = OutputSnapshot.Take(site.Output).Paths.Where(p => !p.StartsWith('.')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("sitemap.xml", published);
        Assert.Contains("assets/style.css", published);
        Assert.Contains("404.html", published);
        Assert.Contains(published, p => p.EndsWith("feed.xml", StringComparison.Ordinal));
        Assert.Contains(published, p => p.EndsWith(".ics", StringComparison.Ordinal));

        var links = string.Join("\n", published.Select(p => $"- [/{p}](</{p}>) and [full](<{Own}/{p}>)"));
        site.Write("pages/every-file.md", "---\ntitle: Every file\n---\n" + links + "\n");
        var second = site.Build();
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.DoesNotContain(second.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
    }

    [Theory]
    [InlineData("/assets/extra.css")]
    [InlineData(Own + "/assets/extra.css")]
    [InlineData("/assets/style.css")]
    public void A_file_of_the_sites_own_theme_may_be_linked_to(string url)
    {
        using var site = new TempSite(
            ("themes/default/assets/extra.css", "body { color: black; }\n"),
            ("themes/default/assets/style.css", "body { color: navy; }\n"),
            ("pages/about.md", $"---\ntitle: About\n---\nSee [the style]({url}).\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("/assets/nothing.css")]
    [InlineData(Own + "/assets/nothing.css")]
    [InlineData("/sitemap.xm")]
    public void A_made_up_file_among_the_made_ones_still_leads_to_nothing(string url)
    {
        using var site = new TempSite(("pages/about.md", $"---\ntitle: About\n---\nSee [this]({url}).\n"));
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenLink, "pages/about.md"), (error.Code, error.File));
        Assert.Contains("leads to nothing", error.Message);
    }

    [Theory]
    [InlineData("/../policies/standing-orders/", "/policies/standing-orders/")]
    [InlineData(Own + "/../policies/standing-orders/", Own + "/policies/standing-orders/")]
    [InlineData("/policies/../../site.yml", null)]
    public void A_link_climbing_above_the_sites_root_says_so(string url, string? suggestion)
    {
        using var site = new TempSite(
            ("pages/about.md", $"---\ntitle: About\n---\nSee [the rules]({url}).\n"),
            ("policies/standing-orders.md", "---\ntitle: Standing Orders\n---\nText.\n"));
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Contains("climbs above the site's root", error.Message);
        Assert.DoesNotContain("static/", error.Message);
        if (suggestion is not null)
        {
            Assert.Contains($"Did you mean '{suggestion}'?", error.Hint);
        }
    }

    [Fact]
    public void A_site_root_link_with_dot_dot_inside_the_site_is_given_the_address_it_names()
    {
        using var site = new TempSite(
            ("pages/about.md", "---\ntitle: About\n---\nSee [the rules](/news/../policies/standing-order/).\n"),
            ("policies/standing-orders.md", "---\ntitle: Standing Orders\n---\nText.\n"));
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Contains("leads to nothing", error.Message);
        Assert.Contains("Did you mean '/policies/standing-orders/'?", error.Hint);
    }

    [Theory]
    [InlineData("/polices/standing-orders/", false)]
    [InlineData(Own + "/polices/standing-orders/", false)]
    [InlineData("../polices/standing-orders.md", true)]
    public void The_hint_speaks_of_counting_dot_dot_slashes_only_for_a_relative_link(string url, bool mentionsClimbing)
    {
        using var site = new TempSite(
            ("pages/about.md", $"---\ntitle: About\n---\nSee [the rules]({url}).\n"),
            ("policies/standing-orders.md", "---\ntitle: Standing Orders\n---\nText.\n"));
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Contains("Did you mean", error.Hint);
        Assert.Equal(mentionsClimbing, error.Hint!.Contains("'../'", StringComparison.Ordinal));
    }
}
