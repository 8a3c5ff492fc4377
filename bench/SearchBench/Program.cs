using System.Text.Json;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;
using SearchBench;

// Usage: SearchBench --site DIR --page search/index.html [--runs 5] --out results.json QUERY...
// Serves the built site on loopback, opens the search page in Chromium once per query and run (each
// time in a new browser context, so nothing is cached), types the query and records every file the
// browser asked for before and after typing, and the time from the last file's arrival to the
// results being shown. bench/search.py runs it and turns the files into bytes.
var options = BenchOptions.Parse(args);
await using var server = StaticServer.Start(options.Site);
using var playwright = await Playwright.CreateAsync();
var browser = await Chromium.LaunchAsync(playwright);
try
{
    var measure = new QueryMeasure(browser, server, options.Page);
    var measured = new List<QueryResult>();
    foreach (var query in options.Queries)
    {
        var runs = new List<QueryRun>();
        for (var run = 0; run < options.Runs; run++)
        {
            runs.Add(await measure.RunAsync(query));
        }

        measured.Add(new QueryResult(query, runs));
        Console.Error.WriteLine($"{query}: {runs[0].Status} ({string.Join(", ", runs.Select(r => $"{r.ShownAfterLastFileMs:0.0} ms"))})");
    }

    await File.WriteAllTextAsync(options.Out, JsonSerializer.Serialize(measured, new JsonSerializerOptions { WriteIndented = true }));
}
finally
{
    await browser.CloseAsync();
}
