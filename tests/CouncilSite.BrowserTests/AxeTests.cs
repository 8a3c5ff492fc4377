using CouncilSite.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>WCAG 2.2 AA as axe-core checks it, on every page of the example site, in English and in Welsh, as Chromium draws it.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class AxeTests(ExampleSite site)
{
    internal static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },

        // Only failures are reported, so only failures are sent back from the browser.
        ResultTypes = [ResultType.Violations],
    };

    [BrowserFact]
    public async Task No_page_has_an_accessibility_violation()
    {
        var missing = WelshPages.All.Select(p => p.HtmlPage).Where(p => !site.HtmlPages.Contains(p)).ToList();
        Assert.True(missing.Count == 0, $"The example site has no Welsh page {string.Join(", ", missing)}, so axe cannot check it");

        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        foreach (var htmlPage in site.HtmlPages)
        {
            await site.OpenAsync(page, htmlPage);

            // The legacy runner checks the page in place. RunAxe finishes each run in a freshly opened
            // browser page, to keep results from cross-origin frames apart; these pages have no frames,
            // and that extra page made the check four to five times slower (2 to 3 s a page on CI's two cores).
#pragma warning disable CS0618
            var result = await page.RunAxeLegacy(options: Rules);
#pragma warning restore CS0618
            violations.AddRange(
                from rule in result.Violations
                from node in rule.Nodes
                select $"{htmlPage}: {rule.Id} at {node.Target}: {rule.Help}");
        }

        Assert.True(violations.Count == 0,
            $"{violations.Count} violations on {site.HtmlPages.Count} pages:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
