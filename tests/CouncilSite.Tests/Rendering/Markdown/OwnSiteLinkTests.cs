using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Markdown;

/// <summary>
/// Links a clerk copies from the browser's address bar (the site's own full address) are checked
/// like links from the site root, and links a folder off are answered with the one that works.
/// </summary>
public class OwnSiteLinkTests
{
    private const string StandingOrders = "---\ntitle: Standing Orders\n---\n## Meetings\n";

    private static (CouncilSite.Build.BuildResult Result, string Html) BuildAbout(string body, string siteYml = TempSite.SiteYml)
    {
        using var site = new TempSite(("site.yml", siteYml), ("pages/about.md", "---\ntitle: About\n---\n" + body), ("policies/standing-orders.md", StandingOrders));
        var result = site.Build();
        var page = Path.Combine(site.Output, "about", "index.html");
        return (result, File.Exists(page) ? File.ReadAllText(page) : "");
    }

    [Theory]
    [InlineData("https://www.littlebramford-pc.gov.uk/policies/standing-orders/#meetings")]
    [InlineData("http://littlebramford-pc.gov.uk/policies/standing-orders#meetings")]
    [InlineData("HTTPS://WWW.LITTLEBRAMFORD-PC.GOV.UK/policies/standing-orders/#meetings")]
    public void A_full_address_of_the_site_itself_is_published_as_a_relative_link(string url)
    {
        var (result, html) = BuildAbout($"See [our rules]({url}).\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Contains("<a href=\"../policies/standing-orders/index.html#meetings\">our rules</a>", html);
    }

    [Fact]
    public void A_dead_full_address_of_the_site_itself_is_an_error_naming_the_file_and_line()
    {
        var (result, _) = BuildAbout("Intro.\n\nSee [our rules](https://www.littlebramford-pc.gov.uk/policies/standing-order/).\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenLink, "pages/about.md", 6), (error.Code, error.File, error.Line));
        Assert.Contains("Did you mean 'https://www.littlebramford-pc.gov.uk/policies/standing-orders/'?", error.Hint);
    }

    [Fact]
    public void A_site_in_a_sub_folder_checks_links_under_that_folder_and_leaves_the_rest_of_the_host_alone()
    {
        const string siteYml = "name: Little Bramford Parish Council\nurl: https://bramford.github.io/parish\n";
        var (good, html) = BuildAbout("See [our rules](https://bramford.github.io/parish/policies/standing-orders/) and [another site](https://bramford.github.io/other/).\n", siteYml);
        Assert.True(good.Succeeded, string.Join("\n", good.Diagnostics));
        Assert.Contains("<a href=\"../policies/standing-orders/index.html\">our rules</a>", html);
        Assert.Contains("<a href=\"https://bramford.github.io/other/\">another site</a>", html);

        var (dead, _) = BuildAbout("See [our rules](https://bramford.github.io/parish/policies/missing/).\n", siteYml);
        Assert.Equal(DiagnosticCodes.BrokenLink, Assert.Single(dead.Diagnostics).Code);
    }

    [Fact]
    public void A_link_in_raw_html_to_the_site_itself_is_checked_too()
    {
        var (result, _) = BuildAbout("Read <a href=\"https://www.littlebramford-pc.gov.uk/policies/missing/\">this</a>.\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenLink, 4), (error.Code, error.Line));
    }

    [Fact]
    public void A_link_missing_its_dot_dot_slash_is_answered_with_the_link_that_works()
    {
        var (result, _) = BuildAbout("See [our rules](../../policies/standing-orders.md#meetings).\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenLink, "pages/about.md", 4), (error.Code, error.File, error.Line));
        Assert.Contains("Did you mean '../policies/standing-orders.md#meetings'?", error.Hint);
    }
}
