using AngleSharp.Html.Parser;
using CouncilSite.Build;
using CouncilSite.Sections;
using CouncilSite.Sections.Search;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Outputs.Html;

/// <summary>
/// Every page's header offers the site's search, as SEARCH.md fixes it: a search landmark sending
/// <c>q</c> by GET to the search page, by a relative link that works from disk. A site without a
/// search page offers no form that would lead nowhere.
/// </summary>
public class HeaderSearchTests
{
    private static readonly (string, string)[] Files =
    [
        ("pages/about.md", "# About us\n\nWe meet monthly."),
        ("meetings/2026-12-10-planning/meeting.yml", "time: \"19:00\""),
        ("news/2026-11-20-lights.md", "---\ntitle: Christmas lights\n---\nCome along."),
    ];

    [Fact]
    public void With_a_search_page_every_page_header_sends_its_query_there()
    {
        using var site = new TempSite(Files);
        var pages = Build(site, search: true);

        Assert.Contains("meetings/2026-12-10-planning/index.html", pages.Keys);
        foreach (var (path, html) in pages.Where(p => p.Key != "404.html"))
        {
            var document = new HtmlParser().ParseDocument(html);
            var form = Assert.Single(document.QuerySelectorAll("header form"));
            Assert.Equal("search", form.GetAttribute("role"));
            Assert.Equal("get", form.GetAttribute("method"));
            var action = new Uri(new Uri("file:///usb/site/" + path), form.GetAttribute("action"));
            Assert.True(action.ToString() == "file:///usb/site/search/index.html", $"{path}: the search form sends to {action}");

            var input = Assert.Single(form.QuerySelectorAll("input"));
            Assert.Equal(("search", "q"), (input.GetAttribute("type"), input.GetAttribute("name")));
            Assert.Equal("Search this site", form.QuerySelector($"label[for='{input.Id}']")?.TextContent);
            Assert.Equal("Search", form.QuerySelector("button[type=submit]")?.TextContent);
        }

        // The 404 page is shown at any missing address, so its links start from the site's root.
        Assert.Contains("action=\"/search/\"", pages["404.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_search_page_no_page_offers_a_search_form()
    {
        using var site = new TempSite(Files);

        Assert.All(Build(site, search: false), page => Assert.DoesNotContain("<form", page.Value, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Build(TempSite site, bool search)
    {
        var result = SiteBuilder.Build(new BuildOptions(site.Root, site.Output, TempSite.Today)
        {
            Sections = search ? SiteSections.All : [.. SiteSections.All.Where(s => s is not SearchSection)],
        });
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), File.ReadAllText);
    }
}
