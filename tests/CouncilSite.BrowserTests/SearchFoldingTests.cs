using CouncilSite.BrowserTests.Support;
using CouncilSite.Search;

namespace CouncilSite.BrowserTests;

/// <summary>
/// The browser folds what a resident types exactly as the build folded the site's text, or a
/// word the site has is not found: the two are compared on words that have caught folding out.
/// Welsh needs no folding of its own: the index lists the word a mutated form may stand for.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class SearchFoldingTests(ExampleSite site)
{
    private static readonly string[] Tricky =
    [
        "Café NAÏVE résumé Zoë", "cafe\u0301", "ﬁnance ﬂood oﬃce ﬀ", "Ａrea ２０２６",
        "council's Council’s councils' don't ʼtwas", "£25k £100 25k £2,500.50 1,2,3",
        "play-area Play_Area", "Straße Ærø Łódź", "emoji😀here", "ǅemal İstanbul",
        "Llŷn ŵyr Dŵr mae'r i’r Cymraeg",
    ];

    [BrowserFact]
    public async Task The_browser_folds_tricky_words_as_the_build_does()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, "search/index.html");
        await page.WaitForFunctionAsync("() => window.CouncilSearch !== undefined");

        foreach (var text in Tricky)
        {
            var browser = await page.EvaluateAsync<string[]>("t => window.CouncilSearch.words(t)", text);
            Assert.Equal(SearchLanguage.Words(text), browser);
        }
    }

    [BrowserFact]
    public async Task On_a_Welsh_site_a_word_finds_and_marks_its_mutated_forms()
    {
        await using var welsh = await ServedSite.StartAsync(folder =>
        {
            File.WriteAllText(Path.Combine(folder, "site.yml"), "name: Cyngor Cymuned Llanfair\nlanguage: cy\n");
            Directory.CreateDirectory(Path.Combine(folder, "pages"));
            File.WriteAllText(Path.Combine(folder, "pages", "pontydd.md"), "---\ntitle: Pontydd\n---\n\nMae'r bont dros yr afon ar gau, a'r llwybr at ein nghyngor hefyd.\n");
        });
        await using var context = await welsh.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(welsh.Server.Address, "search/index.html?q=pont+cyngor").ToString());

        var (_, results) = await SearchResults.ReadAsync(page, "pont cyngor", welsh.Server.Address);
        Assert.Equal("Pontydd", Assert.Single(results).Title);
        var marked = await page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.Contains("bont", marked);
        Assert.Contains("nghyngor", marked);
    }
}
