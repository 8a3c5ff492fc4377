using System.Collections.Concurrent;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// Reading a council's minutes must not tell a font service, analytics firm or CDN who is
/// reading: every request a page makes goes to the site's own server.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class OtherHostTests(ExampleSite site)
{
    [BrowserFact]
    public async Task No_page_requests_anything_from_another_host()
    {
        await using var context = await site.NewContextAsync();
        var requests = new ConcurrentQueue<(string Page, string Url)>();

        // A page asks for its icon after it has loaded, so pages take turns in a few tabs: each
        // tab's last page has long finished asking by the time the tab moves on, and every
        // request is charged to the page that made it.
        var showing = new ConcurrentDictionary<IPage, string>();
        var tabs = new IPage[4];
        for (var i = 0; i < tabs.Length; i++)
        {
            var tab = tabs[i] = await context.NewPageAsync();
            tab.Request += (_, request) => requests.Enqueue((showing[tab], request.Url));
        }

        for (var i = 0; i < site.HtmlPages.Count; i++)
        {
            var tab = tabs[i % tabs.Length];
            showing[tab] = site.HtmlPages[i];
            await site.OpenAsync(tab, site.HtmlPages[i]);
        }

        foreach (var tab in tabs)
        {
            await tab.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.True(requests.Count >= site.HtmlPages.Count, $"Only {requests.Count} requests were seen for {site.HtmlPages.Count} pages");
        var elsewhere = requests.Where(r => !site.IsLocal(r.Url)).Select(r => $"{r.Page} requested {r.Url}").Distinct().ToList();
        Assert.True(elsewhere.Count == 0,
            $"Requests to hosts other than {site.Server.Origin}:{Environment.NewLine}{string.Join(Environment.NewLine, elsewhere)}");
    }
}
