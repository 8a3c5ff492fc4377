using System.Collections.Concurrent;
using CouncilSite.BrowserTests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>WCAG 2.2 AA as axe-core checks it, on every page of the example site as Chromium draws it.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class AxeTests(ExampleSite site)
{
    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
        ResultTypes = [ResultType.Violations],
    };

    private const int Tabs = 2;

    [Fact]
    public async Task No_page_has_an_accessibility_violation()
    {
        await using var context = await site.NewContextAsync();
        var violations = new ConcurrentBag<string>();

        // Two tabs take turns through the pages, so one checks while the other loads.
        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async tab =>
        {
            var page = await context.NewPageAsync();
            foreach (var htmlPage in site.HtmlPages.Where((_, i) => i % Tabs == tab))
            {
                await site.OpenAsync(page, htmlPage);

                // The legacy runner checks the page in place. RunAxe finishes each run in a freshly opened
                // browser page, to keep results from cross-origin frames apart; these pages have no frames,
                // and that extra page made the check five times slower (3 s a page on CI's two cores).
#pragma warning disable CS0618
                var result = await page.RunAxeLegacy(options: Rules);
#pragma warning restore CS0618
                foreach (var line in from rule in result.Violations
                                     from node in rule.Nodes
                                     select $"{htmlPage}: {rule.Id} at {node.Target}: {rule.Help}")
                {
                    violations.Add(line);
                }
            }
        }));

        Assert.True(violations.Count == 0,
            $"{violations.Count} violations on {site.HtmlPages.Count} pages:{Environment.NewLine}{string.Join(Environment.NewLine, violations.Order(StringComparer.Ordinal))}");
    }
}
