using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Markdown;

/// <summary>
/// A column a clerk aligns in a Markdown table keeps its alignment on a host whose
/// Content-Security-Policy is <c>style-src 'self'</c>, which refuses inline style attributes.
/// </summary>
public class TableColumnsTests(ExampleSiteBuild example) : IClassFixture<ExampleSiteBuild>
{
    [Fact]
    public void Each_aligned_column_is_marked_with_a_class_the_theme_styles()
    {
        using var site = new TempSite(("pages/budget.md", "# Budget\n\n| Item | Note | 2026-27 |\n|:---|:-:|--:|\n| Precept | agreed | £25,500 |\n\n+------+-----:+\n| Grid | £900 |\n+======+=====:+\n| Hall | £120 |\n+------+------+\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "budget", "index.html")));

        var pipe = page.QuerySelectorAll("main table")[0];
        Assert.Equal(["align-left", "align-center", "align-right"], pipe.QuerySelectorAll("tbody td").Select(td => td.GetAttribute("class")));
        Assert.Equal(["align-left", "align-center", "align-right"], pipe.QuerySelectorAll("thead th").Select(th => th.GetAttribute("class")));
        Assert.Empty(page.QuerySelectorAll("main [style]"));

        var css = File.ReadAllText(Path.Combine(site.Output, "assets", "style.css"));
        Assert.Contains(".prose .align-right { text-align: right;", css, StringComparison.Ordinal);
        Assert.Contains(".prose .align-center { text-align: center; }", css, StringComparison.Ordinal);
        Assert.Contains(".prose .align-left { text-align: left; }", css, StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_of_the_example_site_carries_an_inline_style_attribute()
    {
        var styled = Directory.EnumerateFiles(example.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => new HtmlParser().ParseDocument(File.ReadAllText(f)).QuerySelector("[style]") is not null)
            .Select(f => Path.GetRelativePath(example.Output, f))
            .ToList();

        Assert.True(styled.Count == 0, "Inline style attributes in:\n" + string.Join("\n", styled));
        Assert.Contains("class=\"align-right\"", File.ReadAllText(Path.Combine(example.Output, "meetings", "2026-10-07-finance-and-general-purposes", "minutes", "index.html")), StringComparison.Ordinal);
    }
}
