using System.Collections.Concurrent;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// A host may send a strict Content-Security-Policy (only the site's own scripts, styles and
/// images; no inline script, eval or WebAssembly). Search must work under it, and neither the
/// search page nor a page of each layout its results lead to may have anything refused.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class SearchPolicyTests(ExampleSite site)
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
    private const string Query = "play area";

    [BrowserFact]
    public async Task Search_works_and_nothing_is_refused_under_a_strict_policy()
    {
        await using var server = StaticServer.Start(site.Output, new Dictionary<string, string> { ["Content-Security-Policy"] = Policy });
        await using var context = await site.NewContextAsync(server);
        var refused = new ConcurrentQueue<string>();
        await context.ExposeFunctionAsync("__councilSiteRefused", (string what) => refused.Enqueue(what));
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
              window.__councilSiteRefused(`${location.pathname}: ${e.violatedDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                refused.Enqueue($"{page.Url}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => refused.Enqueue($"{page.Url}: script error: {error}");

        await OpenAsync(page, server, "search/");
        await page.Locator("#search-q").FillAsync(Query);
        var (status, results) = await SearchResults.ReadAsync(page, Query, server.Address);
        Assert.True(results.Count > 0, $"Under the policy, searching for '{Query}' showed no results; the status said '{status}'");

        // Each layout a result leads to. Not every page of the site: a Markdown table with aligned
        // columns is drawn with inline style attributes, which this policy refuses (the preview
        // allows them by hash); that is the tables' matter, not search's.
        var pages = new[] { LayoutSamples.Home, LayoutSamples.Meeting, LayoutSamples.Minutes, LayoutSamples.Policies, LayoutSamples.Councillor }
            .Select(layout => site.Samples[layout])
            .Select(p => p == "index.html" ? "" : p[..^"index.html".Length]);
        foreach (var address in pages)
        {
            await OpenAsync(page, server, address);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(refused.IsEmpty, $"Under '{Policy}':{Environment.NewLine}{string.Join(Environment.NewLine, refused.Distinct())}");
    }

    private static async Task OpenAsync(IPage page, StaticServer server, string address)
    {
        var response = await page.GotoAsync(new Uri(server.Address, address).ToString());
        Assert.True(response is { Status: 200 }, $"/{address} answered {response?.Status.ToString() ?? "nothing"}");
        Assert.Equal(Policy, (await response!.AllHeadersAsync()).GetValueOrDefault("content-security-policy"));
    }
}
