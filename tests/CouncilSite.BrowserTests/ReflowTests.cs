using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// Content reflows to a single column at 320 CSS pixels, so a phone user or a resident zoomed
/// to 400% never scrolls sideways to read a line (WCAG 1.4.10). Wide tables may scroll inside
/// their own box; the page itself may not.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class ReflowTests(ExampleSite site)
{
    [BrowserTheory]
    [InlineData("a 320 px phone", 320, 640, 1)]
    [InlineData("a 1280 px screen zoomed to 400%", 320, 256, 4)]
    public async Task No_page_scrolls_sideways(string screen, int width, int height, float scale)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
        });
        var page = await context.NewPageAsync();
        var wide = new List<string>();
        foreach (var htmlPage in site.HtmlPages)
        {
            await site.OpenAsync(page, htmlPage);
            var overflow = await page.EvaluateAsync<Overflow>("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const culprits = [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 0.5))
                    .slice(0, 3)
                    .map(e => '<' + e.tagName.toLowerCase() + (e.className ? ' class="' + e.className + '"' : '') + '> '
                      + (e.textContent ?? '').trim().slice(0, 40));
                  return { scrollWidth: document.documentElement.scrollWidth, culprits };
                }
                """);
            if (overflow.ScrollWidth > width)
            {
                wide.Add($"{htmlPage} is {overflow.ScrollWidth} px wide; widest: {string.Join(" | ", overflow.Culprits)}");
            }
        }

        Assert.True(wide.Count == 0, $"On {screen}, {wide.Count} pages scroll sideways:{Environment.NewLine}{string.Join(Environment.NewLine, wide)}");
    }

    /// <summary>Filled by Playwright from the script's result, which needs settable properties.</summary>
    private sealed class Overflow
    {
        public int ScrollWidth { get; init; }

        public string[] Culprits { get; init; } = [];
    }
}
