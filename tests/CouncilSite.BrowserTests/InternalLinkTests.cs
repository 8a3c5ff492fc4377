using CouncilSite.BrowserTests.Support;

namespace CouncilSite.BrowserTests;

/// <summary>
/// Every link on every page works when the site is served from a sub-folder: each address on
/// the site answers 200, and each #fragment names an element of the page it points into.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class InternalLinkTests(ExampleSite site)
{
    /// <summary>Schemes a link may use to leave the site (webcal: subscribes a calendar app): the resident follows it by choice; the page never fetches it.</summary>
    private static readonly string[] OutwardSchemes = ["https:", "http:", "mailto:", "tel:", "webcal:"];

    [BrowserFact]
    public async Task Every_link_on_every_page_leads_somewhere()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var links = new List<(string Page, string Href)>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // Every language's 404 page links from the root path of site.yml's url, as hosts serve it at any
        // depth; the core LinkIntegrityTests check their links, since this server puts the site in a sub-folder.
        foreach (var htmlPage in site.HtmlPages.Where(p => p is not "404.html" and not "cy/404.html"))
        {
            await site.OpenAsync(page, htmlPage);
            var found = await page.EvaluateAsync<PageLinks>("""
                () => ({
                  hrefs: [...document.querySelectorAll('a[href], area[href], link[href]')].map(e => e.href),
                  ids: [...document.querySelectorAll('[id], a[name]')].map(e => e.id || e.name),
                })
                """);
            links.AddRange(found.Hrefs.Select(h => (htmlPage, h)));
            ids[page.Url.Split('#')[0]] = [.. found.Ids];
        }

        var broken = new List<string>();

        // A link must lead straight to its page, as it does opened from disk, not by way of a redirect.
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var local = links.Where(l => site.IsLocal(l.Href)).ToList();
        foreach (var target in local.Select(l => l.Href.Split('#')[0]).Distinct())
        {
            using var response = await http.GetAsync(target);
            if ((int)response.StatusCode != 200)
            {
                broken.AddRange(local.Where(l => l.Href.Split('#')[0] == target).Select(l => $"{l.Page} links to {l.Href}: {(int)response.StatusCode}"));
            }
        }

        foreach (var (htmlPage, href) in local.Where(l => l.Href.Contains('#')))
        {
            var parts = href.Split('#', 2);
            var fragment = Uri.UnescapeDataString(parts[1]);
            if (ids.TryGetValue(PageAddress(parts[0]), out var targets) && fragment.Length > 0 && !targets.Contains(fragment))
            {
                broken.Add($"{htmlPage} links to {href}, but that page has no id '{fragment}'");
            }
        }

        broken.AddRange(links.Where(l => !site.IsLocal(l.Href) && !OutwardSchemes.Any(s => l.Href.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            .Select(l => $"{l.Page} links to {l.Href}, which is neither on the site nor a web, email, phone or calendar address"));

        Assert.True(local.Count > site.HtmlPages.Count, $"Only {local.Count} links to the site were found on {site.HtmlPages.Count} pages");
        Assert.True(broken.Count == 0, $"{broken.Count} broken links:{Environment.NewLine}{string.Join(Environment.NewLine, broken.Distinct())}");
    }

    /// <summary>The visited address of a linked page: a link to <c>x/index.html</c> shows the page opened as <c>x/</c>.</summary>
    private static string PageAddress(string url) => url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;

    /// <summary>Filled by Playwright from the script's result, which needs settable properties.</summary>
    private sealed class PageLinks
    {
        public string[] Hrefs { get; init; } = [];

        public string[] Ids { get; init; } = [];
    }
}
