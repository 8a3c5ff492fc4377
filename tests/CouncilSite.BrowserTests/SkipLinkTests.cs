using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>A keyboard user's first Tab reaches "Skip to main content", and it takes them there (WCAG 2.4.1).</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class SkipLinkTests(ExampleSite site)
{
    [BrowserTheory]
    [InlineData(LayoutSamples.Home)]
    [InlineData(LayoutSamples.Meeting)]
    [InlineData(LayoutSamples.Minutes)]
    [InlineData(LayoutSamples.Policies)]
    [InlineData(LayoutSamples.Councillor)]
    [InlineData(LayoutSamples.NotFound)]
    public async Task First_tab_stop_is_a_visible_skip_link_that_moves_focus_to_main(string layout)
    {
        var htmlPage = site.Samples[layout];
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, htmlPage);
        var address = page.Url;

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<FocusedLink>("""
            () => {
              const a = document.activeElement;
              const box = a.getBoundingClientRect();
              return {
                tag: a.tagName,
                href: a.getAttribute('href') ?? '',
                text: a.textContent.trim(),
                onScreen: box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth,
              };
            }
            """);
        Assert.True(focused.Tag == "A" && focused.Text.StartsWith("Skip to", StringComparison.Ordinal),
            $"{htmlPage}: the first Tab stop is <{focused.Tag.ToLowerInvariant()} href=\"{focused.Href}\">{focused.Text}, not the skip link");
        Assert.True(focused.OnScreen, $"{htmlPage}: the skip link '{focused.Text}' has focus but is not on screen");

        await page.Keyboard.PressAsync("Enter");
        string now;
        try
        {
            now = await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()");
        }
        catch (PlaywrightException)
        {
            // The link loaded another document, which destroyed the one being asked about.
            now = "nothing on this page";
        }

        Assert.True(page.Url.StartsWith(address + "#", StringComparison.Ordinal),
            $"{htmlPage}: the skip link went to {page.Url} instead of staying on the page");
        Assert.True(now == "main", $"{htmlPage}: after the skip link, focus is on <{now}>, not <main>");
    }

    /// <summary>Filled by Playwright from the script's result, which needs settable properties.</summary>
    private sealed class FocusedLink
    {
        public string Tag { get; init; } = "";

        public string Href { get; init; } = "";

        public string Text { get; init; } = "";

        public bool OnScreen { get; init; }
    }
}
