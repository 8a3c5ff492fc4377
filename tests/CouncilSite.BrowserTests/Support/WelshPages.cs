namespace CouncilSite.BrowserTests.Support;

/// <summary>What a Welsh page shows of the clerk's text: their translation, their English with a notice (no translation yet), or other (lists, the theme's own pages, a dataset's description).</summary>
public enum WelshText
{
    Translated,
    Untranslated,
    Other,
}

/// <summary>A Welsh output page (<c>cy/about/index.html</c>), the English page it translates, and whose words it shows.</summary>
public sealed record WelshPage(string HtmlPage, WelshText Text)
{
    /// <summary>The same page in English, at the root.</summary>
    public string English => HtmlPage["cy/".Length..];
}

/// <summary>
/// The Welsh page of every kind the example site has, named, since whether a page is translated
/// depends on which of the example site's files have a <c>.cy.md</c> beside them.
/// </summary>
public static class WelshPages
{
    public static readonly IReadOnlyList<WelshPage> All =
    [
        new("cy/index.html", WelshText.Translated),
        new("cy/about/index.html", WelshText.Translated),
        new("cy/privacy/index.html", WelshText.Untranslated),
        new("cy/meetings/index.html", WelshText.Other),
        new("cy/meetings/2026-01-15-full-council/index.html", WelshText.Other),
        new("cy/meetings/2026-01-15-full-council/agenda/index.html", WelshText.Translated),
        new("cy/meetings/2026-01-15-full-council/minutes/index.html", WelshText.Translated),
        new("cy/meetings/2026-11-19-full-council/minutes/index.html", WelshText.Untranslated),
        new("cy/decisions/index.html", WelshText.Other),
        new("cy/policies/index.html", WelshText.Other),
        new("cy/policies/equality-and-diversity-policy/index.html", WelshText.Translated),
        new("cy/policies/standing-orders/index.html", WelshText.Untranslated),
        new("cy/councillors/index.html", WelshText.Other),
        new("cy/councillors/margaret-ellison/index.html", WelshText.Untranslated),
        new("cy/news/index.html", WelshText.Other),
        new("cy/news/2026-02-16-road-closure-the-street/index.html", WelshText.Translated),
        new("cy/news/2026-11-20-christmas-tree-lights/index.html", WelshText.Untranslated),
        new("cy/documents/index.html", WelshText.Other),
        new("cy/data/index.html", WelshText.Other),
        new("cy/data/spending-2025-26/index.html", WelshText.Other),
        new("cy/transparency/index.html", WelshText.Other),
        new("cy/accessibility/index.html", WelshText.Other),
        new("cy/search/index.html", WelshText.Other),
        new("cy/404.html", WelshText.Other),
    ];

    public static TheoryData<string> Of(WelshText text) => [.. All.Where(p => p.Text == text).Select(p => p.HtmlPage)];
}
