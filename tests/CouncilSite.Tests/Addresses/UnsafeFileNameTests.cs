using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Addresses;

/// <summary>
/// File names holding HTML (<c>&lt;</c>, <c>"</c>, <c>&amp;</c>) never reach a page as markup: their
/// addresses are folded to safe characters wherever a file is linked.
/// </summary>
public class UnsafeFileNameTests
{
    private const string Attack = "griev\" onfocus=\"document.title='X'\" autofocus x=\"";
    private const string Tag = "report.<img src=x onerror=alert(1)>";

    [Fact]
    public void No_page_gets_an_element_or_attribute_from_a_file_name()
    {
        using var site = new TempSite(
            ($"policies/{Attack}.pdf", "%PDF"),
            ($"policies/{Attack}.yml", "title: Grievance policy"),
            ($"documents/{Attack}.pdf", "%PDF"),
            ($"documents/{Attack}.yml", "title: Budget\ncategory: budget"),
            ($"documents/{Tag}", "%PDF"),
            ($"meetings/2026-10-15-full-council/{Attack}.pdf", "%PDF"),
            ($"meetings/2026-10-15-full-council/{Tag}", "%PDF"),
            ("meetings/2026-10-15-full-council/minutes.md", "1. Apologies."),
            ("pages/<b>bold</b> & \"quoted\".md", "# Quoted\n\nText."));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var injected = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            injected.AddRange(page.All
                .SelectMany(e => e.Attributes.Select(a => (Element: e.LocalName, Attribute: a.Name)))
                .Where(x => x.Attribute.StartsWith("on", StringComparison.Ordinal) || x.Attribute is "autofocus" or "x")
                .Select(x => $"{Path.GetRelativePath(site.Output, file)}: <{x.Element} {x.Attribute}>"));
            injected.AddRange(page.QuerySelectorAll("img[src='x'], b").Select(e => $"{Path.GetRelativePath(site.Output, file)}: {e.OuterHtml}"));
        }

        Assert.Empty(injected);
    }
}
