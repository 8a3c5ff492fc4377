using CouncilSite.BrowserTests.Support;
using CouncilSite.Search;

namespace CouncilSite.BrowserTests;

/// <summary>
/// The browser folds what a resident types exactly as the build folded the site's text, or a
/// word the site has is not found: the two are compared on words that have caught folding out.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class SearchFoldingTests(ExampleSite site)
{
    private static readonly string[] Tricky =
    [
        "Café NAÏVE résumé Zoë", "cafe\u0301", "ﬁnance ﬂood oﬃce ﬀ", "Ａrea ２０２６",
        "council's Council’s councils' don't ʼtwas", "£25k £100 25k £2,500.50 1,2,3",
        "play-area Play_Area", "Straße Ærø Łódź", "emoji😀here", "ǅemal İstanbul",
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
}
