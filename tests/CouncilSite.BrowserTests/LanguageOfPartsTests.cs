using CouncilSite.BrowserTests.Support;

namespace CouncilSite.BrowserTests;

/// <summary>
/// A screen reader speaks each part of a Welsh page in its own language (WCAG 3.1.2): the
/// clerk's English, on a page not yet translated, in English voice under a notice in Welsh;
/// a translated page in Welsh throughout.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class LanguageOfPartsTests(ExampleSite site)
{
    public static TheoryData<string> Untranslated => WelshPages.Of(WelshText.Untranslated);

    public static TheoryData<string> Translated => WelshPages.Of(WelshText.Translated);

    [BrowserTheory]
    [MemberData(nameof(Untranslated))]
    public async Task An_untranslated_page_shows_the_english_text_in_english_under_a_welsh_notice(string htmlPage)
    {
        var english = WelshPages.All.Single(p => p.HtmlPage == htmlPage).English;
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, english);
        var original = await page.EvaluateAsync<Parts>(ReadParts);

        await site.OpenAsync(page, htmlPage);
        var shown = await page.EvaluateAsync<Parts>(ReadParts);

        Assert.Equal("cy", shown.PageLanguage);
        Assert.True(shown.NoticeLanguage == "cy", $"{htmlPage}: the notice that the page is not translated is missing or not in Welsh (lang '{shown.NoticeLanguage}')");
        Assert.True(shown.NoticeVisible, $"{htmlPage}: the notice that the page is not translated is not visible");
        Assert.True(original.Text.Length > 0 && shown.Text == original.Text, $"{htmlPage} does not show the English page's text");
        Assert.True(shown.TextLanguages is ["en"], $"{htmlPage}: the clerk's English text is marked as {string.Join(", ", shown.TextLanguages)}, not only en");
        if (shown.Title == original.Title)
        {
            Assert.True(shown.TitleLanguage == "en", $"{htmlPage}: the English title '{shown.Title}' is marked as '{shown.TitleLanguage}'");
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Translated))]
    public async Task A_translated_page_has_no_english_part_and_no_notice(string htmlPage)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, htmlPage);

        Assert.Equal("cy", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        var english = await page.Locator("main [lang|='en']").EvaluateAllAsync<string[]>(
            "parts => parts.map(e => '<' + e.tagName.toLowerCase() + '> ' + e.textContent.trim().slice(0, 60))");
        Assert.True(english.Length == 0, $"{htmlPage} is translated, yet marks parts as English:{Environment.NewLine}{string.Join(Environment.NewLine, english)}");
        Assert.Equal(0, await page.Locator("main .notice.untranslated").CountAsync());
    }

    /// <summary>The page's language; its title and text (the clerk's Markdown) with the languages each is spoken in; the notice's language.</summary>
    private const string ReadParts = """
        () => {
          const langOf = e => e ? (e.closest('[lang]')?.getAttribute('lang') ?? '') : '';
          const title = document.querySelector('main h1');
          const prose = document.querySelector('main .prose');
          const notice = document.querySelector('main .notice.untranslated');
          const walker = prose ? document.createTreeWalker(prose, NodeFilter.SHOW_TEXT) : null;
          const languages = new Set();
          for (let node = walker?.nextNode(); node; node = walker.nextNode()) {
            if (node.textContent.trim() !== '') languages.add(langOf(node.parentElement));
          }
          return {
            pageLanguage: document.documentElement.lang,
            title: title ? title.textContent.trim() : '',
            titleLanguage: langOf(title),
            text: prose ? prose.textContent.trim() : '',
            textLanguages: [...languages],
            noticeLanguage: langOf(notice),
            noticeVisible: notice !== null && notice.checkVisibility(),
          };
        }
        """;

    /// <summary>Filled by Playwright from the script's result, which needs settable properties.</summary>
    private sealed class Parts
    {
        public string PageLanguage { get; init; } = "";

        public string Title { get; init; } = "";

        public string TitleLanguage { get; init; } = "";

        public string Text { get; init; } = "";

        public string[] TextLanguages { get; init; } = [];

        public string NoticeLanguage { get; init; } = "";

        public bool NoticeVisible { get; init; }
    }
}
