using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Markdown;

/// <summary>Raw HTML in a clerk's Markdown: kept when it only formats, checked like Markdown links, never able to script.</summary>
public class RawHtmlTests
{
    private static (CouncilSite.Build.BuildResult Result, string Html) BuildAbout(string body, params (string Path, string Text)[] more)
    {
        using var site = new TempSite([("pages/about.md", "---\ntitle: About\n---\n" + body), .. more]);
        var result = site.Build();
        var page = Path.Combine(site.Output, "about", "index.html");
        return (result, File.Exists(page) ? File.ReadAllText(page) : "");
    }

    [Fact]
    public void Safe_html_is_kept_and_the_markdown_around_it_is_still_rendered()
    {
        var (result, html) = BuildAbout("The <abbr title=\"Annual Governance and Accountability Return\">AGAR</abbr> is **due** by 30 June.\n\n<details><summary>Past years</summary>\n\nSee below.\n\n</details>\n");
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("<abbr title=\"Annual Governance and Accountability Return\">AGAR</abbr> is <strong>due</strong>", html);
        Assert.Contains("<details><summary>Past years</summary>", html);
    }

    [Fact]
    public void Formatting_html_that_is_not_allowed_is_removed_with_a_warning_naming_the_line()
    {
        var (result, html) = BuildAbout("Intro.\n\nThe <span style=\"color:red\">red</span> route.\n");
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.HtmlRemoved, "pages/about.md", 6), (warning.Code, warning.File, warning.Line));
        Assert.Contains("<span>red</span>", html);
        Assert.DoesNotContain("color:red", html);
    }

    [Fact]
    public void A_link_in_raw_html_is_made_relative_like_a_markdown_link()
    {
        var (result, html) = BuildAbout(
            "See <a href=\"/policies/standing-orders/#meetings\">our rules</a> and <a href='../policies/standing-orders.md'>again</a>.\n\n<p><img src=\"/images/sign.svg\" alt=\"The village sign\"></p>\n",
            ("policies/standing-orders.md", "---\ntitle: Standing Orders\n---\n## Meetings\n"),
            ("static/images/sign.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<a href=\"../policies/standing-orders/index.html#meetings\">our rules</a>", html);
        Assert.Contains("<a href=\"../policies/standing-orders/index.html\">again</a>", html);
        Assert.Contains("<img src=\"../images/sign.svg\" alt=\"The village sign\">", html);
    }

    [Fact]
    public void A_link_in_raw_html_that_leads_nowhere_is_an_error_on_its_line_and_column()
    {
        var (result, _) = BuildAbout("Intro.\n\n<p>Read\n<a href=\"/policies/missing/\">this</a></p>\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenLink, "pages/about.md", 7, 10), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void An_inline_raw_html_link_that_leads_nowhere_is_reported_at_its_address()
    {
        var (result, _) = BuildAbout("Read <a href=\"missing.md\">this</a>.\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.BrokenLink, 4, 15), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void External_and_email_links_in_raw_html_are_kept_as_written()
    {
        var (result, html) = BuildAbout("<a href=\"https://www.gov.uk/?a=1&amp;b=2\">GOV.UK</a> <a href=\"mailto:clerk@example.org\">clerk</a>\n");
        Assert.True(result.Succeeded);
        Assert.Contains("href=\"https://www.gov.uk/?a=1&amp;b=2\"", html);
        Assert.Contains("href=\"mailto:clerk@example.org\"", html);
    }

    [Fact]
    public void Markdown_inside_an_html_block_follows_commonmark_and_its_links_are_rewritten()
    {
        var (result, html) = BuildAbout("<div class=\"callout\">\n\n[Meetings](/meetings/)\n\n</div>\n");
        Assert.True(result.Succeeded);
        Assert.Contains("<div class=\"callout\">", html);
        Assert.Contains("<a href=\"../meetings/index.html\">Meetings</a>", html);
    }
}
