using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build;

/// <summary>
/// Every page of the example site is reached by a link from another page: a page only the sitemap
/// names is one a resident never finds by following links, and one a search engine may never rank.
/// </summary>
public class OrphanPagesTests(ExampleSiteBuild example) : IClassFixture<ExampleSiteBuild>
{
    private static readonly Uri Root = new("https://example.org/site/");

    // Each language's 404 page is what a host shows at a missing address, never a page to link to.
    [Fact]
    public void Every_page_but_the_404_pages_is_linked_from_another_page()
    {
        var pages = Directory.EnumerateFiles(example.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(example.Output, f).Replace('\\', '/'))
            .Where(p => p is not "404.html" and not "cy/404.html")
            .ToList();
        Assert.True(pages.Count >= 50, $"only {pages.Count} pages");

        var linked = new HashSet<string>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(example.Output, page)));
            var from = document.QuerySelector("base")?.GetAttribute("href") is { } baseHref ? new Uri(new Uri(Root, page), baseHref) : new Uri(Root, page);

            // A link, or the header's search form, which leads to /search/ as a link does.
            var targets = document.QuerySelectorAll("a[href], link[href], form[action]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!)
                .Where(href => !href.StartsWith('#') && !HtmlLinks.HasScheme(href));
            foreach (var href in targets)
            {
                var path = Uri.UnescapeDataString(new Uri(from, href).AbsolutePath);
                if (!path.StartsWith(Root.AbsolutePath, StringComparison.Ordinal))
                {
                    continue;
                }

                var file = path[Root.AbsolutePath.Length..];
                file = file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
                if (file != page)
                {
                    linked.Add(file);
                }
            }
        }

        var orphans = pages.Where(p => !linked.Contains(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(orphans.Count == 0, "Linked from no other page:\n" + string.Join("\n", orphans));
    }
}
