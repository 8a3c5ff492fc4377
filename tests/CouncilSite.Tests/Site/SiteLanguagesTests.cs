using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Site;

/// <summary>
/// site.yml's <c>languages:</c> and the settings a clerk gives one value per language
/// (<c>name: {en: ..., cy: ...}</c>), as the pages of each language show them.
/// </summary>
public class SiteLanguagesTests
{
    private const string Bilingual = """
        name:
          en: Little Bramford Parish Council
          cy: Cyngor Plwyf Little Bramford
        url: https://www.littlebramford-pc.gov.uk
        languages: [en, cy]
        committees:
          - id: full-council
            name: {en: Full Council, cy: Y Cyngor Llawn}
          - id: planning
            name: Planning Committee
        """;

    private static (CouncilSite.Site.SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) LoadConfig(string yml)
    {
        using var site = new TempSite(("site.yml", yml));
        return site.LoadConfig();
    }

    private static string Page(TempSite site, string path) => File.ReadAllText(Path.Combine(site.Output, path));

    private static TempSite Built(params (string Path, string Text)[] files)
    {
        var site = new TempSite(files);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public void The_first_language_is_the_default_and_each_pages_lang_is_its_own()
    {
        var (config, diagnostics) = LoadConfig("name: Little Bramford Parish Council\nlanguages: [en-GB, cy]");
        Assert.Empty(diagnostics);
        Assert.Equal(["en-GB", "cy"], config!.Languages.Tags);
        Assert.Equal("en-GB", config.Language);

        using var site = Built(("site.yml", "name: Little Bramford Parish Council\nlanguages: [en-GB, cy]"), ("pages/about.md", "About the council."));
        Assert.Contains("<html lang=\"en-GB\">", Page(site, "about/index.html"));
        Assert.Contains("<html lang=\"cy\">", Page(site, "cy/about/index.html"));
    }

    [Fact]
    public void A_site_in_Welsh_first_has_its_Welsh_pages_at_the_root_and_English_under_en()
    {
        using var site = Built(("site.yml", "name: Cyngor Cymuned\nlanguages: [cy, en]"), ("pages/about.md", "Am y cyngor."), ("pages/about.en.md", "About the council."));
        Assert.Contains("<html lang=\"cy\">", Page(site, "about/index.html"));
        Assert.Contains("Am y cyngor.", Page(site, "about/index.html"));
        Assert.Contains("About the council.", Page(site, "en/about/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "cy")));
    }

    [Fact]
    public void Language_and_languages_together_are_an_error_on_the_language_line()
    {
        var (_, diagnostics) = LoadConfig("name: X\nlanguage: en-GB\nlanguages: [en, cy]");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.LanguagesWrong);
        Assert.True(error.IsError);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("[en, cy, cy]")]
    [InlineData("[en-GB, cy, en]")]
    [InlineData("[cy, CY]")]
    public void A_language_listed_twice_is_an_error(string languages)
    {
        var (_, diagnostics) = LoadConfig("name: X\nlanguages: " + languages);
        Assert.True(Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.LanguagesWrong).IsError);
    }

    [Fact]
    public void A_language_that_is_not_a_language_tag_is_an_error()
    {
        var (_, diagnostics) = LoadConfig("name: X\nlanguages: [en, Welsh language]");
        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.NotALanguageTag);
        Assert.True(error.IsError);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_per_language_site_name_and_committee_name_show_in_each_language()
    {
        using var site = Built(("site.yml", Bilingual), ("meetings/2026-01-15-full-council/agenda.md", "1. Apologies"));

        Assert.Contains(">Little Bramford Parish Council</a>", Page(site, "index.html"));
        Assert.Contains(">Cyngor Plwyf Little Bramford</a>", Page(site, "cy/index.html"));
        Assert.Contains("<h1>Full Council</h1>", Page(site, "committees/full-council/index.html"));
        Assert.Contains("<h1>Y Cyngor Llawn</h1>", Page(site, "cy/committees/full-council/index.html"));
    }

    [Fact]
    public void A_language_not_given_falls_back_to_the_default_languages_value()
    {
        using var site = Built(
            ("site.yml", Bilingual.Replace("name: Planning Committee", "name: {en: Planning Committee}")),
            ("meetings/2026-01-15-planning/agenda.md", "1. Apologies"));

        Assert.Contains("<h1>Planning Committee</h1>", Page(site, "cy/committees/planning/index.html"));
    }

    [Fact]
    public void A_meetings_location_and_a_pages_title_and_a_councillors_role_may_each_be_given_per_language()
    {
        using var site = Built(
            ("site.yml", Bilingual),
            ("meetings/2026-01-15-full-council/meeting.yml", "location:\n  en: Village Hall\n  cy: Neuadd y Pentref\n"),
            ("meetings/2026-01-15-full-council/agenda.md", "1. Apologies"),
            ("pages/about.md", "---\ntitle: {en: About us, cy: Amdanom ni}\n---\nAbout the council."),
            ("councillors/margaret-ellison.md", "---\nname: Margaret Ellison\nrole:\n  en: Chair\n  cy: Cadeirydd\n---\n"));

        Assert.Contains("Village Hall", Page(site, "meetings/2026-01-15-full-council/index.html"));
        Assert.Contains("Neuadd y Pentref", Page(site, "cy/meetings/2026-01-15-full-council/index.html"));
        Assert.DoesNotContain("Neuadd y Pentref", Page(site, "meetings/2026-01-15-full-council/index.html"));
        Assert.Contains("<h1>About us</h1>", Page(site, "about/index.html"));
        Assert.Contains(">Amdanom ni</h1>", Page(site, "cy/about/index.html"));
        Assert.Contains("Chair", Page(site, "councillors/margaret-ellison/index.html"));
        Assert.Contains("Cadeirydd", Page(site, "cy/councillors/margaret-ellison/index.html"));
        Assert.DoesNotContain("Cadeirydd", Page(site, "councillors/margaret-ellison/index.html"));
    }

    [Fact]
    public void A_value_for_a_language_the_site_does_not_have_is_an_error_on_its_line()
    {
        using var site = new TempSite(("site.yml", Bilingual.Replace("  cy: Cyngor Plwyf Little Bramford", "  cy: Cyngor Plwyf Little Bramford\n  fr: Conseil de Little Bramford")));
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NotASiteLanguage);
        Assert.True(error.IsError);
        Assert.Equal(("site.yml", 4), (error.File, error.Line));
        Assert.Contains("'fr'", error.Message);
    }

    [Theory]
    [InlineData("site.yml", "url: {en: https://www.littlebramford-pc.gov.uk, cy: https://www.cyngor.cymru}")]
    [InlineData("policies/standing-orders.md", "---\nadopted: {en: 2025-05-15, cy: 2025-05-15}\n---\nText.")]
    public void A_setting_that_is_not_words_residents_read_cannot_be_given_per_language(string file, string text)
    {
        using var site = new TempSite(("site.yml", Bilingual.Replace("url: https://www.littlebramford-pc.gov.uk\n", "")));
        site.Write(file, file == "site.yml" ? Bilingual.Replace("url: https://www.littlebramford-pc.gov.uk", text) : text);
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.File == file && d.Code == DiagnosticCodes.WrongType);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NotASiteLanguage);
    }
}
