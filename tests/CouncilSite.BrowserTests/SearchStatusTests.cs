using System.Text.RegularExpressions;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// The status line tells a resident what is going on: filters that hide every result, a slow
/// host, an index that cannot be read on this copy of the site.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class SearchStatusTests(ExampleSite site)
{
    private const string SearchPage = "search/index.html";

    [BrowserFact]
    public async Task Filters_that_hide_every_result_say_so_and_how_many_there_are_without_them()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, SearchPage + "?q=printer+filing");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync(new Regex(@"^\d+ results? for printer filing$"));
        var all = (await status.TextContentAsync())!.Split(' ')[0];

        await page.Locator("#search-kind").SelectOptionAsync("councillors");
        await Assertions.Expect(status).ToHaveTextAsync($"No results for printer filing with these filters; {all} without them");
        Assert.Equal(0, await page.Locator("#search-results > li").CountAsync());
    }

    [BrowserFact]
    public async Task A_slow_host_shows_searching_until_the_results_arrive()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync(new Regex(@"/search/index/words-\d+\.js"), async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        // Not waiting for the page's load event, which waits for the chunks too.
        await page.GotoAsync(site.UrlOf(SearchPage + "?q=play+area"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync("Searching…", new() { Timeout = 1400 });
        await Assertions.Expect(status).ToHaveTextAsync(new Regex(@"^\d+ results? for play area$"));
    }

    [BrowserTheory]
    [InlineData(200, "CouncilSearch.add(\"words-0\", {\"w\": [")]
    [InlineData(404, "Not found")]
    public async Task A_broken_or_missing_index_file_says_search_is_not_working_and_shows_the_a_to_z_index(int answer, string body)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        // A chunk cut short in an upload runs without registering (no error event fires for it); a missing one answers 404.
        await page.RouteAsync(new Regex(@"/search/index/words-\d+\.js"), route => route.FulfillAsync(new()
        {
            Status = answer,
            ContentType = "text/javascript",
            Body = body,
        }));
        await site.OpenAsync(page, SearchPage + "?q=play+area");

        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(new Regex("^Search is not working on this copy of the site"), new() { Timeout = 3000 });
        Assert.True(await page.Locator("#search-a-z").IsVisibleAsync(), "The A-Z index is not shown when search fails");
        Assert.Equal(0, await page.Locator("#search-results > li").CountAsync());
    }
}
