using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Language;

/// <summary>
/// On a Welsh page every word CouncilSite writes is Welsh: file kinds, the spending chart's
/// description and months, and the transparency checklist's notes once came out in English
/// whatever the page's language. Each phrase is checked on the English page too, so a phrase
/// that stops being written at all fails here rather than passing unseen.
/// </summary>
public class WelshGeneratedWordsTests(ExampleSiteBuild example) : IClassFixture<ExampleSiteBuild>
{
    public static TheoryData<string, string, string> Phrases => new()
    {
        { "data/index.html", "CSV spreadsheet, 7 KB", "Taenlen CSV, 7 KB" },
        { "data/asset-register-2026/index.html", "CSV spreadsheet, 1 KB: the file", "Taenlen CSV, 1 KB: y ffeil" },
        { "data/spending-2025-26/index.html", "Bar chart of spending by month, April 2025 to March 2026. The highest is July 2025", "Siart bar: gwariant fesul mis, Ebrill 2025 i Mawrth 2026. Yr uchaf yw Gorffennaf 2025" },
        { "data/spending-2025-26/index.html", "<th scope=\"row\">April 2025</th>", "<th scope=\"row\">Ebrill 2025</th>" },
        { "transparency/index.html", "Published for 2025-26, the financial year now due.", "ar gyfer 2025-26, y flwyddyn ariannol sy&#39;n ddyledus nawr." },
        { "transparency/index.html", "Every one of these meetings has its agenda on the site.", "Mae agenda pob un o&#39;r cyfarfodydd hyn ar y wefan." },
        { "transparency/index.html", "Every one of these meetings has its minutes on the site.", "Mae cofnodion pob un o&#39;r cyfarfodydd hyn ar y wefan." },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void A_generated_phrase_is_english_on_the_english_page_and_welsh_on_the_welsh_one(string page, string english, string welsh)
    {
        var englishPage = Read(page);
        var welshPage = Read("cy/" + page);

        Assert.Contains(english, englishPage, StringComparison.Ordinal);
        Assert.DoesNotContain(english, welshPage, StringComparison.Ordinal);
        Assert.Contains(welsh, welshPage, StringComparison.Ordinal);
    }

    private string Read(string page) => File.ReadAllText(Path.Combine(example.Output, page));
}
