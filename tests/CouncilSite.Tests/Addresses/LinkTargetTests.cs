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
}
