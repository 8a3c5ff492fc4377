using CouncilSite.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>A table as clerks write it, its top-left corner left empty, passes axe as Chromium draws it.</summary>
public sealed class ClerkTableTests : IAsyncLifetime
{
    private ServedSite? _site;

    public async Task InitializeAsync() => _site = await ServedSite.StartAsync(folder =>
    {
        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        File.WriteAllText(Path.Combine(folder, "site.yml"), "name: Upper Wendham Town Council\ncommittees:\n  - id: full-council\n    name: Full Council\n");
        File.WriteAllText(Path.Combine(folder, "pages", "budget.md"),
            "# Budget\n\n| | 2025-26 | 2026-27 |\n|---|--:|--:|\n| Precept | £24,000 | £25,500 |\n| Grants | £1,200 | £900 |\n");
    });

    public async Task DisposeAsync() => await _site!.DisposeAsync();

    [BrowserFact]
    public async Task A_table_with_an_empty_corner_cell_has_no_accessibility_violation()
    {
        await using var context = await _site!.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(_site.Server.Address, "budget/").ToString());
        Assert.True(response is { Status: 200 });
        Assert.Equal(1, await page.Locator("main table").CountAsync());

#pragma warning disable CS0618
        var result = await page.RunAxeLegacy(options: AxeTests.Rules);
#pragma warning restore CS0618
        var violations = from rule in result.Violations from node in rule.Nodes select $"{rule.Id} at {node.Target}: {rule.Help}";
        Assert.Empty(violations);
    }
}
