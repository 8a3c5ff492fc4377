using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>A resident with JavaScript off (or a browser that failed to load it) can still find and open a meeting.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class NoScriptTests(ExampleSite site)
{
    [Fact]
    public async Task Meetings_page_lists_meetings_that_open_without_javascript()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, "meetings/index.html");

        Assert.True(await page.Locator("main h1").IsVisibleAsync(), "The meetings page shows no heading without JavaScript");
        var meetings = page.Locator("main a[href*='meetings/20'], main a[href^='20']");
        var count = await meetings.CountAsync();
        Assert.True(count > 0, "The meetings page shows no links to meetings without JavaScript");
        for (var i = 0; i < count; i++)
        {
            Assert.True(await meetings.Nth(i).IsVisibleAsync(), $"Meeting link {i + 1} of {count} is hidden without JavaScript");
        }

        var title = (await meetings.First.TextContentAsync())!.Trim();
        await meetings.First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"The meeting '{title}' opened without a visible heading");
        Assert.DoesNotContain("/meetings/index.html", page.Url, StringComparison.Ordinal);
    }
}
