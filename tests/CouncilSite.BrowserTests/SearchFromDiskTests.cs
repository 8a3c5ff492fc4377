using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// A council's site copied to a USB stick and opened from the file: residents search it from
/// disk, with no server; the results link to pages that open from disk too.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed partial class SearchFromDiskTests(ExampleSite site)
{
    private const string Query = "play area";

    [BrowserFact]
    public async Task Search_opened_from_disk_finds_and_announces_results_that_open_from_disk()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var failed = new ConcurrentQueue<string>();
        page.RequestFailed += (_, request) => failed.Enqueue($"{request.Url}: {request.Failure}");
        page.PageError += (_, error) => failed.Enqueue(error);

        var root = new Uri(site.Output + Path.DirectorySeparatorChar);
        await page.GotoAsync(new Uri(root, "search/index.html").AbsoluteUri);
        await page.Locator("#search-q").PressSequentiallyAsync(Query, new LocatorPressSequentiallyOptions { Delay = 40 });
        var (status, results) = await SearchResults.ReadAsync(page, Query, root);

        var count = Count().Match(status);
        Assert.True(count.Success && int.Parse(count.Value, System.Globalization.CultureInfo.InvariantCulture) >= results.Count && results.Count > 0,
            $"Searching the site opened from disk for '{Query}': the live region said '{status}' with {results.Count} results listed");
        Assert.Equal("polite", await page.Locator("#search-status").GetAttributeAsync("aria-live"));
        Assert.True(failed.IsEmpty, "From disk, the search page failed to load:" + Environment.NewLine + string.Join(Environment.NewLine, failed));

        // The first result that is a page: a PDF would open in the browser's viewer, or download.
        var index = results.ToList().FindIndex(r => r.Target.Split('#')[0].EndsWith('/'));
        Assert.True(index >= 0, $"No result for '{Query}' is a page of the site: {string.Join(", ", results.Select(r => r.Target))}");
        var result = results[index];
        await page.Locator("#search-results > li").Nth(index).Locator("a").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.StartsWith(new Uri(root, "search/").AbsoluteUri, StringComparison.Ordinal));
        var opened = new Uri(page.Url);
        Assert.True(opened.IsFile && File.Exists(opened.LocalPath),
            $"The result '{result.Title}' ({result.Target}) opened {page.Url}, not a page of the site on disk");
        Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"The result '{result.Title}' opened {page.Url} without a heading");
        Assert.True(failed.IsEmpty, "Opening the result from disk failed:" + Environment.NewLine + string.Join(Environment.NewLine, failed));
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Count();
}
