using CouncilSite.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// On a phone, the home page leads with what residents come for: the next meeting is on the first
/// screen, and the main navigation folds behind "Menu" (a native disclosure, no script) so it takes
/// at most two rows. On a wide screen the whole navigation shows, with no "Menu" to open.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class HomePageTests(ExampleSite site)
{
    private const int PhoneWidth = 320;
    private const int PhoneScreen = 640;

    [BrowserFact]
    public async Task Next_meeting_is_on_a_phones_first_screen()
    {
        await using var context = await ContextAsync(PhoneWidth, PhoneScreen);
        var page = await OpenHomeAsync(context);
        var heading = await BoxAsync(page, "#next-meeting");
        var date = await BoxAsync(page, ".next-meeting-facts time");

        Assert.True(heading.Bottom <= PhoneScreen && date.Bottom <= PhoneScreen,
            $"At {PhoneWidth} px the next meeting's heading ends {heading.Bottom:0} px and its date {date.Bottom:0} px from the top, below the first {PhoneScreen} px screen");
    }

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Navigation_takes_at_most_two_rows_on_a_phone(bool javaScript)
    {
        await using var context = await ContextAsync(PhoneWidth, PhoneScreen, javaScript);
        var page = await OpenHomeAsync(context);
        var rows = await NavigationRowsAsync(page);

        Assert.True(rows is >= 1 and <= 2, $"At {PhoneWidth} px the main navigation takes {rows} rows");
        Assert.True(await page.Locator(".site-nav summary").IsVisibleAsync(), $"At {PhoneWidth} px the navigation shows no Menu to open");
        Assert.False(await page.Locator(".site-nav a").First.IsVisibleAsync(), $"At {PhoneWidth} px the navigation's links show before Menu is opened");
    }

    [BrowserFact]
    public async Task Menu_opens_from_the_keyboard_without_javascript()
    {
        await using var context = await ContextAsync(PhoneWidth, PhoneScreen, javaScript: false);
        var page = await OpenHomeAsync(context);
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(scripting: none)').matches"),
            "The page was shown with scripting on, so this test would prove nothing");

        var focused = "";
        for (var tab = 0; tab < 10 && focused != "SUMMARY"; tab++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.tagName");
        }

        Assert.True(focused == "SUMMARY", "Tab never reached the navigation's Menu");
        Assert.Equal("Menu", (await page.Locator(".site-nav summary").InnerTextAsync()).Trim());
        var summary = await BoxAsync(page, ".site-nav summary");
        Assert.True(summary.Width >= 24 && summary.Height >= 24, $"Menu is {summary.Width:0} by {summary.Height:0} px, smaller than a 24 by 24 px target");

        await page.Keyboard.PressAsync("Enter");
        var links = page.Locator(".site-nav a");
        Assert.True(await page.Locator(".site-nav details").GetAttributeAsync("open") is not null, "Enter on Menu did not open it");
        Assert.True(await links.First.IsVisibleAsync(), "Menu opened, but its first link is hidden");
        Assert.True(await links.Last.IsVisibleAsync(), "Menu opened, but its last link is hidden");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(await links.First.GetAttributeAsync("href"), await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
    }

    [BrowserFact]
    public async Task Wide_screen_shows_the_whole_navigation_without_a_menu()
    {
        await using var context = await ContextAsync(1280, 800);
        var page = await OpenHomeAsync(context);
        Assert.False(await page.Locator(".site-nav summary").IsVisibleAsync(), "At 1280 px the navigation still folds behind Menu");
        foreach (var link in await page.Locator(".site-nav a").AllAsync())
        {
            Assert.True(await link.IsVisibleAsync(), $"At 1280 px the navigation's link '{await link.InnerTextAsync()}' is hidden");
        }

        Assert.True(await NavigationRowsAsync(page) <= 2, "At 1280 px the navigation takes more than two rows");
    }

    /// <summary>What a screen reader is given, from Chromium's own accessibility tree: Menu on a phone, the links on a wide screen.</summary>
    [BrowserTheory]
    [InlineData(PhoneWidth, "Menu")]
    [InlineData(1280, "Meetings|Decisions|Policies|Councillors|News|Documents|Open data|Transparency|About the council|Contact us")]
    public async Task Screen_readers_are_given_what_the_screen_shows(int width, string shown)
    {
        await using var context = await ContextAsync(width, 800);
        var page = await OpenHomeAsync(context);
        var cdp = await context.NewCDPSessionAsync(page);
        var nav = await cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = "document.querySelector('.site-nav')" });
        var given = new List<string>();
        foreach (var role in new[] { "DisclosureTriangle", "link" })
        {
            var found = await cdp.SendAsync("Accessibility.queryAXTree", new Dictionary<string, object>
            {
                ["objectId"] = nav!.Value.GetProperty("result").GetProperty("objectId").GetString()!,
                ["role"] = role,
            });
            given.AddRange(found!.Value.GetProperty("nodes").EnumerateArray()
                .Where(n => !(n.TryGetProperty("ignored", out var ignored) && ignored.GetBoolean()))
                .Select(n => n.GetProperty("name").GetProperty("value").GetString() ?? ""));
        }

        Assert.Equal(shown.Split('|'), given);
    }

    [BrowserTheory]
    [InlineData(PhoneWidth, false)]
    [InlineData(PhoneWidth, true)]
    [InlineData(1280, false)]
    public async Task Home_page_has_no_accessibility_violation(int width, bool menuOpen)
    {
        await using var context = await ContextAsync(width, 800);
        var page = await OpenHomeAsync(context);
        if (menuOpen)
        {
            await page.Locator(".site-nav summary").ClickAsync();
        }

#pragma warning disable CS0618 // The legacy runner checks the page in place (see AxeTests).
        var result = await page.RunAxeLegacy(options: AxeTests.Rules);
#pragma warning restore CS0618
        var violations = result.Violations.SelectMany(rule => rule.Nodes.Select(node => $"{rule.Id} at {node.Target}: {rule.Help}")).ToList();
        Assert.True(violations.Count == 0, $"At {width} px{(menuOpen ? " with Menu open" : "")}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    private Task<IBrowserContext> ContextAsync(int width, int height, bool javaScript = true) =>
        site.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });

    private async Task<IPage> OpenHomeAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, site.Samples[LayoutSamples.Home]);
        return page;
    }

    /// <summary>The rows the navigation's visible controls (Menu and links) sit on, told apart by their tops.</summary>
    private static Task<int> NavigationRowsAsync(IPage page) => page.EvaluateAsync<int>("""
        () => new Set([...document.querySelectorAll('.site-nav summary, .site-nav a')]
          .filter(e => e.checkVisibility())
          .map(e => Math.round(e.getBoundingClientRect().top))).size
        """);

    private static async Task<Box> BoxAsync(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() is { } box
            ? new Box(box.Width, box.Height, box.Y + box.Height)
            : throw new InvalidOperationException($"'{selector}' is not shown on the home page");

    private readonly record struct Box(float Width, float Height, float Bottom);
}
