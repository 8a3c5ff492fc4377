using System.Text.RegularExpressions;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>A resident with JavaScript off (or a browser that failed to load it) can still find and open a meeting.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed partial class NoScriptTests(ExampleSite site)
{
    [BrowserFact]
    public async Task Meetings_page_lists_meetings_that_open_without_javascript()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, "meetings/index.html");

        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(scripting: none)').matches"),
            "The page was shown with scripting on, so this test would prove nothing");
        Assert.True(await page.Locator("main h1").IsVisibleAsync(), "The meetings page shows no heading without JavaScript");
        var hrefs = await page.Locator("main a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var meetings = hrefs.Where(h => MeetingLink().IsMatch(h)).Distinct().ToList();
        Assert.True(meetings.Count > 0, $"The meetings page links to no meeting without JavaScript; its links: {string.Join(", ", hrefs)}");
        foreach (var href in meetings)
        {
            Assert.True(await page.Locator($"main a[href='{href}']").First.IsVisibleAsync(), $"The link to {href} is hidden without JavaScript");
        }

        await page.Locator($"main a[href='{meetings[0]}']").First.ClickAsync();
        await page.WaitForURLAsync(new Uri(new Uri(site.UrlOf("meetings/index.html")), meetings[0]).ToString());
        Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"The meeting at {meetings[0]} opened without a visible heading");
    }

    /// <summary>A meeting's page seen from the meetings page: <c>2026-01-15-full-council/index.html</c>.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+/(index\.html)?$")]
    private static partial Regex MeetingLink();
}
