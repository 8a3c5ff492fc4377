using System.Text.RegularExpressions;
using CouncilSite.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// A resident searches the example site on /search/: results as they type, announced; filters
/// that narrow them; all of it from the keyboard; and, without JavaScript, the A-Z index.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed partial class SearchPageTests(ExampleSite site)
{
    private const string SearchPage = "search/index.html";

    [BrowserFact]
    public async Task Typing_shows_results_with_the_words_marked_and_announces_their_count()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, SearchPage);

        await page.Locator("#search-q").PressSequentiallyAsync("play area", new() { Delay = 40 });
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync(ResultCount("play area"));
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        Assert.Equal("status", await status.GetAttributeAsync("role"));

        var results = page.Locator("#search-results > li");
        var shown = await results.CountAsync();
        Assert.InRange(shown, 1, 10);
        Assert.Equal(Math.Min(10, Count(await status.TextContentAsync())), shown);
        for (var i = 0; i < shown; i++)
        {
            Assert.True(await results.Nth(i).Locator("a[href]").CountAsync() == 1, $"Result {i + 1} has no one link");
        }

        // Words found in a result's title or text are marked.
        Assert.True(await results.First.Locator("mark").CountAsync() > 0, $"The first result marks none of the words found: {await results.First.InnerTextAsync()}");

        Assert.Contains("q=play+area", page.Url, StringComparison.Ordinal);
        Assert.False(await page.Locator("#search-a-z").IsVisibleAsync(), "The A-Z index still shows under the results");

        // The first result leads to its page, relative to the search page.
        var href = (await results.First.Locator("a").GetAttributeAsync("href"))!;
        var expected = new Uri(new Uri(page.Url), href).ToString();
        await results.First.Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(expected);
        Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"The result at {href} opened without a heading");
    }

    /// <summary>"Notified" stands deep in the texts that have it (planning decisions notified, in long minutes), never in their opening lines.</summary>
    [BrowserFact]
    public async Task A_word_deep_in_long_texts_is_shown_marked_in_its_context()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, SearchPage + "?q=notified");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(ResultCount("notified"));

        var texts = page.Locator("#search-results > li .search-result__text");
        var shown = await texts.CountAsync();
        var marked = 0;
        for (var i = 0; i < shown; i++)
        {
            marked += await texts.Nth(i).Locator("mark").CountAsync() > 0 ? 1 : 0;
        }

        Assert.True(shown >= 8, $"Only {shown} results show text");
        Assert.True(marked >= shown - 1, $"Only {marked} of the {shown} results shown mark the word found in their text");
    }

    [BrowserFact]
    public async Task Filters_narrow_the_results_and_the_address_keeps_them()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, SearchPage + "?q=council");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync(ResultCount("council"));
        var all = Count(await status.TextContentAsync());

        var before = (await status.TextContentAsync())!;
        await page.Locator("#search-kind").SelectOptionAsync("decisions");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kind=decisions"));
        await Assertions.Expect(status).Not.ToHaveTextAsync(before);
        await Assertions.Expect(status).ToHaveTextAsync(ResultCount("council"));
        var decisions = Count(await status.TextContentAsync());
        Assert.InRange(decisions, 1, all - 1);
        var kinds = await page.Locator("#search-results .search-result__meta span:first-child").AllTextContentsAsync();
        Assert.All(kinds, k => Assert.Equal("Decision", k));

        var year = (await page.Locator("#search-year option").AllAsync())[1];
        var value = await year.GetAttributeAsync("value");
        await page.Locator("#search-year").SelectOptionAsync(value!);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("year=" + value));
        await page.WaitForFunctionAsync("year => [...document.querySelectorAll('#search-results .search-result__meta')].every(m => m.textContent.includes(year))", value);
        var metas = await page.Locator("#search-results .search-result__meta").AllTextContentsAsync();
        Assert.All(metas, m => Assert.Contains(value!, m, StringComparison.Ordinal));

        // The address runs the same search when opened again (Back, a shared link).
        var again = await context.NewPageAsync();
        await again.GotoAsync(page.Url);
        await Assertions.Expect(again.Locator("#search-status")).ToHaveTextAsync((await status.TextContentAsync())!);
        Assert.Equal("decisions", await again.Locator("#search-kind").InputValueAsync());
        Assert.Equal(value, await again.Locator("#search-year").InputValueAsync());
    }

    [BrowserFact]
    public async Task A_keyboard_alone_searches_reaches_more_results_and_opens_one()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, SearchPage);

        await TabTo(page, "search-q");
        await page.Keyboard.TypeAsync("council");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(ResultCount("council"));
        Assert.True(Count(await page.Locator("#search-status").TextContentAsync()) > 10, "The example site has too few results for 'council' to show more");

        await TabTo(page, "search-more");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#search-results > li")).ToHaveCountAsync(Math.Min(20, Count(await page.Locator("#search-status").TextContentAsync())));
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('li') === document.querySelectorAll('#search-results > li')[10] ? 'eleventh' : document.activeElement.outerHTML");
        Assert.Equal("eleventh", focused);
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.activeElement).backgroundColor !== getComputedStyle(document.activeElement.parentElement).backgroundColor"),
            "The focused result's link does not look focused");

        var href = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        var expected = new Uri(new Uri(page.Url), href).ToString();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(expected);
    }

    [BrowserFact]
    public async Task More_results_pressed_twice_quickly_shows_each_result_once_and_skips_none()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, SearchPage + "?q=council");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync(ResultCount("council"));
        var total = Count(await status.TextContentAsync());
        Assert.True(total > 30, "The example site has too few results for 'council' to press More results three times");

        await page.EvaluateAsync("() => { const more = document.getElementById('search-more'); more.click(); more.click(); }");
        await page.WaitForFunctionAsync("() => !document.getElementById('search-more').disabled");
        await page.Locator("#search-more").ClickAsync();
        await Assertions.Expect(page.Locator("#search-results > li")).ToHaveCountAsync(30);
        var twice = await Links(page);

        // The same search with More results pressed slowly lists the same thirty, in the same order.
        await site.OpenAsync(page, SearchPage + "?q=council");
        await Assertions.Expect(status).ToHaveTextAsync(ResultCount("council"));
        foreach (var shown in new[] { 20, 30 })
        {
            await page.Locator("#search-more").ClickAsync();
            await Assertions.Expect(page.Locator("#search-results > li")).ToHaveCountAsync(shown);
        }

        Assert.Equal(await Links(page), twice);
        Assert.Equal(30, twice.Distinct().Count());
    }

    [BrowserTheory]
    [InlineData("address")]
    [InlineData("enter")]
    [InlineData("header")]
    public async Task Every_way_in_completes_the_last_word_as_typing_does(string way)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, SearchPage);
        await page.Locator("#search-q").PressSequentiallyAsync("allot", new() { Delay = 40 });
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync(ResultCount("allot"));
        var typed = await status.TextContentAsync();
        Assert.True(Count(typed) > 0);

        var other = await context.NewPageAsync();
        switch (way)
        {
            case "address":
                await site.OpenAsync(other, SearchPage + "?q=allot");
                break;
            case "enter":
                await site.OpenAsync(other, SearchPage);
                await other.Locator("#search-q").FillAsync("allot");
                await other.Locator("#search-q").PressAsync("Enter");
                break;
            default:
                await site.OpenAsync(other, "index.html");
                await other.Locator("header form[role=search] input[name=q]").FillAsync("allot");
                await other.Locator("header form[role=search] input[name=q]").PressAsync("Enter");
                break;
        }

        await Assertions.Expect(other.Locator("#search-status")).ToHaveTextAsync(typed!);
        Assert.Equal(await Links(page), await Links(other));
    }

    private static Task<string[]> Links(IPage page) =>
        page.Locator("#search-results > li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    [BrowserFact]
    public async Task Without_javascript_the_page_explains_and_lists_the_site_from_a_to_z()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, SearchPage + "?q=play+area");

        Assert.True(await page.Locator("#search-needs-script").IsVisibleAsync(), "Nothing says that search needs JavaScript");
        Assert.False(await page.Locator("#search-form").IsVisibleAsync(), "A search form that cannot work is shown");
        var nav = page.Locator("nav[aria-labelledby='a-z']");
        Assert.True(await nav.IsVisibleAsync());
        Assert.True(await nav.Locator("h2#a-z").IsVisibleAsync());
        Assert.True(await nav.Locator("h3[id^='a-z-']").CountAsync() >= 3, "The A-Z index has fewer than three letters");

        var hrefs = await nav.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var register in new[] { "meetings", "decisions", "news", "documents", "data" })
        {
            Assert.Contains($"../{register}/index.html", hrefs);
        }

        Assert.Contains(hrefs, h => h.StartsWith("../policies/", StringComparison.Ordinal) && h != "../policies/index.html");
        Assert.Contains(hrefs, h => h.StartsWith("../committees/", StringComparison.Ordinal) && h != "../committees/index.html");
        foreach (var href in hrefs.Where(h => !h.StartsWith('#')))
        {
            var file = Path.GetFullPath(Path.Combine(site.Output, "search", href.Split('#')[0]));
            Assert.True(File.Exists(file), $"The A-Z index links to {href}, which the site does not have");
        }

        var letter = nav.Locator(".a-z__letters a").First;
        var target = (await letter.GetAttributeAsync("href"))!;
        await letter.ClickAsync();
        Assert.EndsWith(target, page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_page_with_results_showing_has_no_accessibility_violation()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, SearchPage + "?q=play+area");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(ResultCount("play area"));

#pragma warning disable CS0618
        var result = await page.RunAxeLegacy(options: AxeTests.Rules);
#pragma warning restore CS0618
        var violations = result.Violations.SelectMany(rule => rule.Nodes.Select(node => $"{rule.Id} at {node.Target}: {rule.Help}")).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>Presses Tab until the element with <paramref name="id"/> has the focus, failing after 60 presses (a trap, or no way there).</summary>
    private static async Task TabTo(IPage page, string id)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.id") == id)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached #{id}");
    }

    private static Regex ResultCount(string query) => new($@"^\d[\d,]* results? for {Regex.Escape(query)}$");

    private static int Count(string? status) => int.Parse(CountOf().Match(status ?? "").Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d[\d,]*")]
    private static partial Regex CountOf();
}
