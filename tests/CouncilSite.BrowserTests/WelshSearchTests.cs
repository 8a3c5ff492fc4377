using System.Text.RegularExpressions;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// A resident searching the Welsh site finds the council's Welsh words and is taken to Welsh
/// pages; the English search, made from the English pages, does not have them.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class WelshSearchTests(ExampleSite site)
{
    /// <summary>"Volunteers": a word only example-site/pages/about.cy.md has.</summary>
    private const string Word = "gwirfoddolwyr";

    [BrowserFact]
    public async Task The_welsh_search_finds_a_welsh_word_and_links_to_welsh_pages()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, "cy/search/index.html");
        await page.Locator("#search-q").PressSequentiallyAsync(Word, new LocatorPressSequentiallyOptions { Delay = 40 });
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(new Regex($@"^\d+ (canlyniad|o ganlyniadau) ar gyfer {Word}$"));

        var (_, results) = await SearchResults.ReadAsync(page, Word, site.Server.Address);
        Assert.Contains(results, r => r.Target == "cy/about/");
        Assert.True(results.All(r => r.Target.StartsWith("cy/", StringComparison.Ordinal)),
            $"The Welsh search links to pages outside /cy/: {string.Join(", ", results.Select(r => r.Target))}");

        await page.Locator("#search-results > li a[href]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/search/", StringComparison.Ordinal));
        Assert.Equal("cy", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
    }

    [BrowserFact]
    public async Task The_english_search_has_no_welsh_words()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, "search/index.html?q=" + Word);
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync($"No results for {Word}");
    }
}
