using CouncilSite.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// The header's search form on a site that has a search page: it fits a 320 px phone, axe finds
/// nothing wrong with it, and from a page opened from disk (a USB stick) it sends the query to the
/// search page beside it.
/// </summary>
public sealed class HeaderSearchTests : IAsyncLifetime
{
    private ServedSite? _site;

    public async Task InitializeAsync() => _site = Chromium.SkipReason is not null ? null : await ServedSite.StartAsync(folder =>
    {
        File.WriteAllText(Path.Combine(folder, "site.yml"), "name: Little Bramford and Bramford Green Parish Council\ncommittees:\n  - id: full-council\n    name: Full Council\n");
        Directory.CreateDirectory(Path.Combine(folder, "meetings", "2026-12-10-full-council"));
        File.WriteAllText(Path.Combine(folder, "meetings", "2026-12-10-full-council", "meeting.yml"), "time: \"19:30\"\n");
    });

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [BrowserFact]
    public async Task The_form_fits_a_phone_passes_axe_and_searches_from_disk()
    {
        await using var context = await _site!.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        var meeting = new Uri(Path.Combine(_site.Output, "meetings", "2026-12-10-full-council", "index.html")).ToString();
        await page.GotoAsync(meeting);

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 320, $"With the search form the page is {width} px wide at 320 px");
        foreach (var control in new[] { "#site-search-q", ".site-search button" })
        {
            var box = await page.Locator(control).BoundingBoxAsync();
            Assert.True(box is { Width: >= 24, Height: >= 24 } && box.X + box.Width <= 320, $"{control} is not a whole 24 by 24 px target on screen: {box?.X}, {box?.Width} by {box?.Height}");
        }

#pragma warning disable CS0618 // The legacy runner checks the page in place (see AxeTests).
        var axe = await page.RunAxeLegacy(options: AxeTests.Rules);
#pragma warning restore CS0618
        Assert.Empty(axe.Violations.SelectMany(rule => rule.Nodes.Select(node => $"{rule.Id} at {node.Target}: {rule.Help}")));

        await page.Locator("#site-search-q").FillAsync("play area");
        var results = new Uri(Path.Combine(_site.Output, "search", "index.html")) + "?q=play+area";
        var arrived = page.WaitForURLAsync(url => url == results, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 15_000 });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        Assert.Equal(results, page.Url);
    }
}
