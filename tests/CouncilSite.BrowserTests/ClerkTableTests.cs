using CouncilSite.Build;
using CouncilSite.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>A table as clerks write it, its top-left corner left empty, passes axe as Chromium draws it.</summary>
public sealed class ClerkTableTests : IAsyncLifetime
{
    private readonly string _base = Path.Combine(Path.GetTempPath(), "councilsite-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticServer? _server;

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(_base, "council");
        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        File.WriteAllText(Path.Combine(folder, "site.yml"), "name: Upper Wendham Town Council\ncommittees:\n  - id: full-council\n    name: Full Council\n");
        File.WriteAllText(Path.Combine(folder, "pages", "budget.md"),
            "# Budget\n\n| | 2025-26 | 2026-27 |\n|---|--:|--:|\n| Precept | £24,000 | £25,500 |\n| Grants | £1,200 | £900 |\n");
        var result = SiteBuilder.Build(new BuildOptions(folder, Path.Combine(_base, "site"), ExampleSite.Today));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));

        _server = StaticServer.Start(Path.Combine(_base, "site"));
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser!.CloseAsync();
        _playwright?.Dispose();
        await _server!.DisposeAsync();
        Directory.Delete(_base, recursive: true);
    }

    [Fact]
    public async Task A_table_with_an_empty_corner_cell_has_no_accessibility_violation()
    {
        await using var context = await _browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(_server!.Address, "budget/").ToString());
        Assert.True(response is { Status: 200 });
        Assert.Equal(1, await page.Locator("main table").CountAsync());

#pragma warning disable CS0618
        var result = await page.RunAxeLegacy(options: AxeTests.Rules);
#pragma warning restore CS0618
        var violations = from rule in result.Violations from node in rule.Nodes select $"{rule.Id} at {node.Target}: {rule.Help}";
        Assert.Empty(violations);
    }
}
