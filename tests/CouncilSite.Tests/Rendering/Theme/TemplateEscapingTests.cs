using AngleSharp.Html.Parser;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Theme;

/// <summary>
/// Every value a template prints is escaped for where it lands, whether or not the template says
/// html.escape: a theme author cannot forget it, and a clerk's file name or setting cannot become markup.
/// </summary>
public class TemplateEscapingTests
{
    private const string Title = "Fees & \"charges\" <script>alert(1)</script>";

    private static string Page(string layout, string title = Title, string body = "We meet *monthly*.")
    {
        using var site = new TempSite(
            ("pages/about.md", $"---\ntitle: '{title.Replace("'", "''")}'\n---\n{body}"),
            ("themes/default/layouts/page.html", layout));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return File.ReadAllText(Path.Combine(site.Output, "about", "index.html"));
    }

    private static IReadOnlyList<Diagnostic> Errors(string layout, string title = Title)
    {
        using var site = new TempSite(
            ("pages/about.md", $"---\ntitle: '{title}'\n---\nText."),
            ("themes/default/layouts/page.html", layout));
        return site.Build().Diagnostics.Where(d => d.IsError).ToList();
    }

    [Fact]
    public void A_value_printed_without_html_escape_is_escaped_in_text_and_in_attributes()
    {
        var html = Page("<h1 title=\"{{ page.title }}\" data-x='{{ page.title }}'>{{ page.title }}</h1>");
        var h1 = new HtmlParser().ParseDocument(html).QuerySelector("main h1")!;
        Assert.Equal(Title, h1.TextContent);
        Assert.Equal(Title, h1.GetAttribute("title"));
        Assert.Equal(Title, h1.GetAttribute("data-x"));
        Assert.Empty(h1.Children);
        Assert.Contains("Fees &amp; &quot;charges&quot; &lt;script&gt;", html);
    }

    [Fact]
    public void A_value_escaped_by_the_template_is_not_escaped_twice()
    {
        var html = Page("<h1>{{ page.title | html.escape }}</h1><p title=\"{{ page.title | html.escape }}\"></p>");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(Title, document.QuerySelector("main h1")!.TextContent);
        Assert.Equal(Title, document.QuerySelector("main p")!.GetAttribute("title"));
    }

    [Fact]
    public void The_clerks_rendered_markdown_and_the_included_partials_are_printed_as_html()
    {
        var html = Page("<h1>{{ page.title }}</h1>\n<div class=\"prose\">{{ page.content }}</div>");
        Assert.Contains("<div class=\"prose\"><p>We meet <em>monthly</em>.</p>", html);
        Assert.Contains("<nav class=\"site-nav\" aria-label=\"Main\">", html);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    public void An_address_that_would_run_a_script_is_never_printed_into_href_or_src(string address)
    {
        var html = Page("<a href=\"{{ page.title }}\">a</a><img src=\"{{ page.title | html.escape }}\" alt=\"\"><a href=mailto:{{ page.title }}>b</a>", address);
        var main = new HtmlParser().ParseDocument(html).QuerySelector("main")!;
        Assert.Equal("about:invalid#unsafe-address", main.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("about:invalid#unsafe-address", main.QuerySelector("img")!.GetAttribute("src"));

        // After the theme's own "mailto:" the value cannot choose the scheme; it is only escaped.
        Assert.Equal("mailto:" + address.Trim(), main.QuerySelectorAll("a")[1].GetAttribute("href"));
    }

    /// <summary>Browsers skip leading spaces and control characters before they read an address's scheme.</summary>
    [Theory]
    [InlineData(" ")]
    [InlineData("\n   ")]
    [InlineData("&#32;")]
    [InlineData("\t")]
    [InlineData("&Tab;&#32")]
    public void An_address_after_spaces_the_theme_writes_is_still_checked(string before)
    {
        var html = Page($"<a href=\"{before}{{{{ page.title }}}}\">a</a><img src='{before}{{{{ page.title | html.escape }}}}' alt=''>", "javascript:alert(document.domain)");
        var main = new HtmlParser().ParseDocument(html).QuerySelector("main")!;
        Assert.Equal("about:invalid#unsafe-address", main.QuerySelector("a")!.GetAttribute("href")!.Trim());
        Assert.Equal("about:invalid#unsafe-address", main.QuerySelector("img")!.GetAttribute("src")!.Trim());
    }

    /// <summary>What the theme writes before a value is read as the page is drawn: a branch not taken writes nothing.</summary>
    [Fact]
    public void An_address_after_an_if_is_checked_with_what_the_if_wrote()
    {
        var html = Page("<a href=\"{{ if page.title == '' }}/{{ end }}{{ page.title }}\">a</a><a href=\"{{ if page.title != '' }}/{{ end }}{{ page.title }}\">b</a>",
            "javascript:alert(document.domain)");
        var links = new HtmlParser().ParseDocument(html).QuerySelector("main")!.QuerySelectorAll("a");
        Assert.Equal("about:invalid#unsafe-address", links[0].GetAttribute("href"));

        // After the "/" the value is a path on this site, which runs nothing.
        Assert.Equal("/javascript:alert(document.domain)", links[1].GetAttribute("href"));
    }

    [Fact]
    public void A_value_cannot_finish_a_scheme_the_theme_began()
    {
        var html = Page("<a href=\"java{{ page.title }}\">a</a>", "script:alert(document.domain)");
        var href = new HtmlParser().ParseDocument(html).QuerySelector("main a")!.GetAttribute("href")!;
        Assert.DoesNotContain("javascript:", href, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_safe_address_is_printed_into_href_unchanged()
    {
        var html = Page("<a href=\"{{ page.title }}\">a</a>", "https://example.org/a?b=1&c=2");
        Assert.Contains("<a href=\"https://example.org/a?b=1&amp;c=2\">a</a>", html);
    }

    [Theory]
    [InlineData("<p {{ page.title }}>x</p>", "inside a tag")]
    [InlineData("<p onclick=\"f('{{ page.title | html.escape }}')\">x</p>", "event handler")]
    [InlineData("<p style=\"color: {{ page.title }}\">x</p>", "style")]
    [InlineData("<script>var t = \"{{ page.title | html.escape }}\";</script>", "<script>")]
    public void A_value_where_no_escaping_makes_it_safe_is_an_error_naming_the_template_line(string layout, string words)
    {
        var error = Assert.Single(Errors("<h1>About</h1>\n" + layout, "About"));
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.Equal("themes/default/layouts/page.html", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains(words, error.Message);
    }
}
