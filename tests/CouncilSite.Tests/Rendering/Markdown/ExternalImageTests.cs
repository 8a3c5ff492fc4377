using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Markdown;

/// <summary>The site loads nothing from other websites: an image from elsewhere is refused unless site.yml names its host.</summary>
public class ExternalImageTests
{
    private static (CouncilSite.Build.BuildResult Result, string Html) BuildAbout(string body, string? allow = null)
    {
        using var site = new TempSite(
            ("site.yml", TempSite.SiteYml + (allow is null ? "" : "\nallow_images_from:\n" + allow)),
            ("pages/about.md", "---\ntitle: About\n---\n" + body));
        var result = site.Build();
        var page = Path.Combine(site.Output, "about", "index.html");
        return (result, File.Exists(page) ? File.ReadAllText(page) : "");
    }

    [Theory]
    [InlineData("Intro.\n\n![The church](https://photos.example.org/church.jpg)\n", 6, 1)]
    [InlineData("Intro.\n\nOur ![church](//photos.example.org/church.jpg) today.\n", 6, 5)]
    [InlineData("Intro.\n\n<p>The church:\n<img alt=\"The church\" src=\"https://photos.example.org/church.jpg\"></p>\n", 7, 28)]
    public void An_image_from_another_website_is_an_error_on_its_line(string body, int line, int column)
    {
        var (result, html) = BuildAbout(body);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ExternalImage, "pages/about.md", line, column), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("photos.example.org", error.Message);
        Assert.Contains("allow_images_from", error.Hint);
        Assert.Contains("static/images/church.jpg", error.Hint);
        Assert.Empty(html);
    }

    [Fact]
    public void A_link_to_another_website_is_not_an_image_and_needs_no_setting()
    {
        var (result, html) = BuildAbout("See <a href=\"https://photos.example.org/\">the photos</a> or [the album](https://photos.example.org/album/).\n");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("https://photos.example.org/album/", html);
    }

    [Fact]
    public void A_host_named_in_allow_images_from_is_published_with_a_warning()
    {
        var (result, html) = BuildAbout(
            "![The church](https://Photos.Example.org/church.jpg)\n\n<img alt=\"The hall\" src=\"https://photos.example.org/hall.jpg\">\n\n![The map](https://maps.example.net/map.png)\n",
            "  - photos.example.org\n");

        Assert.False(result.Succeeded);
        Assert.Collection(result.Diagnostics,
            d => Assert.Equal((DiagnosticCodes.ExternalImageAllowed, 4, false), (d.Code, d.Line, d.IsError)),
            d => Assert.Equal((DiagnosticCodes.ExternalImageAllowed, 6, false), (d.Code, d.Line, d.IsError)),
            d => Assert.Equal((DiagnosticCodes.ExternalImage, 8, true), (d.Code, d.Line, d.IsError)));

        (result, html) = BuildAbout("![The church](https://photos.example.org/church.jpg)\n", "  - photos.example.org\n");
        Assert.True(result.Succeeded);
        Assert.Equal(DiagnosticCodes.ExternalImageAllowed, Assert.Single(result.Diagnostics).Code);
        Assert.Contains("<img src=\"https://photos.example.org/church.jpg\" alt=\"The church\"", html);
    }

    [Theory]
    [InlineData("  - https://photos.example.org/\n")]
    [InlineData("  - photos.example.org/church.jpg\n")]
    [InlineData("  - \"*.example.org\"\n")]
    public void A_setting_that_is_not_a_host_name_is_an_error_naming_its_line(string allow)
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\nallow_images_from:\n" + allow));
        var (_, diagnostics) = site.LoadConfig();

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.InvalidValue, "site.yml", 2), (error.Code, error.File, error.Line));
        Assert.Contains("photos.example.org", error.Hint);
    }
}
