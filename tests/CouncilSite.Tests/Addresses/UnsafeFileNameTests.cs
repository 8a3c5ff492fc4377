using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Addresses;

/// <summary>
/// File names holding HTML (<c>&lt;</c>, <c>"</c>, <c>&amp;</c>), the ones of issue 12 that ran script
/// in Chromium, never reach a page as markup: their addresses are folded to safe characters
/// wherever a file is linked, and every link still leads to what was published.
/// </summary>
public class UnsafeFileNameTests
{
    private const string Attack = "griev\" onfocus=\"document.title='X'\" autofocus x=\"";
    private const string Tag = "report.<img src=x onerror=alert(1)>";

    [Fact]
    public void No_page_gets_an_element_or_attribute_from_a_file_name()
    {
        using var site = new TempSite(
            ($"policies/{Attack}.pdf", PdfFiles.Paper),
            ($"policies/{Attack}.yml", "title: Grievance policy"),
            ($"documents/{Attack}.pdf", PdfFiles.Paper),
            ($"documents/{Attack}.yml", "title: Budget\ncategory: budget"),
            ($"documents/{Tag}", PdfFiles.Paper),
            ($"meetings/2026-10-15-full-council/{Attack}.pdf", PdfFiles.Paper),
            ($"meetings/2026-10-15-full-council/{Tag}", PdfFiles.Paper),
            ("meetings/2026-10-15-full-council/minutes.md", "1. Apologies."),
            ("pages/<b>bold</b> & \"quoted\".md", "# Quoted\n\nText."));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var injected = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var page = parser.ParseDocument(html);
            injected.AddRange(HtmlLinks.Of(html).Links
                .Select(link => link.Value)
                .Where(href => !HtmlLinks.HasScheme(href) && !href.StartsWith('#') && !href.StartsWith('/'))
                .Select(href => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(href.Split('#', '?')[0]))))
                .Where(target => !File.Exists(target) && !File.Exists(Path.Combine(target, "index.html")))
                .Select(target => $"{Path.GetRelativePath(site.Output, file)}: a link to nothing, {Path.GetRelativePath(site.Output, target)}"));
            injected.AddRange(page.All
                .SelectMany(e => e.Attributes.Select(a => (Element: e.LocalName, Attribute: a.Name)))
                .Where(x => x.Attribute.StartsWith("on", StringComparison.Ordinal) || x.Attribute is "autofocus" or "x")
                .Select(x => $"{Path.GetRelativePath(site.Output, file)}: <{x.Element} {x.Attribute}>"));
            injected.AddRange(page.QuerySelectorAll("img[src='x'], b").Select(e => $"{Path.GetRelativePath(site.Output, file)}: {e.OuterHtml}"));
        }

        Assert.Empty(injected);
    }
}
