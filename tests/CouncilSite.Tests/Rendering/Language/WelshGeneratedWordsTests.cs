using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Language;

/// <summary>
/// On a Welsh page every word CouncilSite writes is Welsh: file kinds, the spending chart's
/// description and months, the transparency checklist's notes and items, the code's name and
/// licences' names once came out in English whatever the page's language. Each phrase is checked on the English page too, so a phrase
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
        { "transparency/index.html", "Transparency Code for Smaller Authorities</a> asks of it.", "Cod Tryloywder ar gyfer Awdurdodau Llai</a> yn gofyn amdano." },
        { "transparency/index.html", "<th scope=\"row\">Spending over &#163;100</th>", "<th scope=\"row\">Gwariant dros &#163;100</th>" },
        { "transparency/index.html", "The annual internal audit report, signed by the internal auditor.", "Yr adroddiad archwilio mewnol blynyddol, wedi&#39;i lofnodi gan yr archwilydd mewnol." },
        { "transparency/index.html", "Current means: Covers the last financial year that has ended, from 1 July after that year ends.", "Ystyr cyfredol: Mae&#39;n cwmpasu&#39;r flwyddyn ariannol ddiwethaf sydd wedi dod i ben, o 1 Gorffennaf ar &#244;l i&#39;r flwyddyn honno ddod i ben." },
        { "transparency/index.html", "Source: Transparency Code for Smaller Authorities, Part 2.", "Ffynhonnell: Cod Tryloywder ar gyfer Awdurdodau Llai, Rhan 2." },
        { "transparency/index.html", "Source: Accounts and Audit Regulations 2015, regulations 13 to 15.", "Ffynhonnell: <span lang=\"en\">Accounts and Audit Regulations 2015</span>, rheoliadau 13 i 15." },
        { "data/index.html", ">Open Government Licence v3.0</a>", ">Trwydded Llywodraeth Agored v3.0</a>" },
        { "data/spending-2025-26/index.html", ">Open Government Licence v3.0</a>", ">Trwydded Llywodraeth Agored v3.0</a>" },
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
