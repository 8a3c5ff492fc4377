using System.Collections.Concurrent;
using System.Diagnostics;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace SearchBench;

/// <summary>Opens the search page in a new browser context (nothing cached), types one query and records what followed.</summary>
public sealed class QueryMeasure(IBrowser browser, StaticServer server, string page)
{
    private static readonly string Watch = Path.Combine(AppContext.BaseDirectory, "watch.js");

    public async Task<QueryRun> RunAsync(string query)
    {
        await using var context = await browser.NewContextAsync();
        context.SetDefaultTimeout(60_000);

        // When the results list and the status line last changed, as Stopwatch timestamps.
        var changed = new ConcurrentDictionary<string, long>();
        await context.ExposeFunctionAsync("__searchBenchChanged", (string id) => changed[id] = Stopwatch.GetTimestamp());
        await context.AddInitScriptAsync(scriptPath: Watch);

        var tab = await context.NewPageAsync();
        var traffic = new Traffic(tab, server);
        var response = await tab.GotoAsync(new Uri(server.Address, page).ToString());
        if (response is not { Status: 200 })
        {
            throw new InvalidOperationException($"{page} answered {response?.Status.ToString() ?? "nothing"}.");
        }

        await traffic.QuietAsync();
        var (pageFiles, _) = traffic.Take();
        changed.Clear();

        // Filled in one step, as a query pasted or typed faster than the page's pause between keys.
        await tab.FillAsync("#search-q", query);
        await tab.WaitForFunctionAsync("q => document.getElementById('search-status').textContent.includes(q)", query);
        await traffic.QuietAsync();
        var (queryFiles, lastArrival) = traffic.Take();

        var shown = changed.TryGetValue("search-results", out var list) ? list : changed.GetValueOrDefault("search-status");
        var status = (await tab.Locator("#search-status").TextContentAsync() ?? "").Trim();
        var links = await tab.Locator("#search-results li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return new QueryRun(pageFiles, queryFiles, status, links,
            queryFiles.Count == 0 ? null : Stopwatch.GetElapsedTime(lastArrival, shown).TotalMilliseconds);
    }
}
