using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Site;

/// <summary>What a clerk's slips in a bilingual site give: a message naming the file and line, or the words they meant.</summary>
public class BilingualMistakesTests
{
    private static string Page(TempSite site, string path) => File.ReadAllText(Path.Combine(site.Output, path));

    [Theory]
    [InlineData("name: {}")]
    [InlineData("name: {en: , cy: }")]
    public void A_council_name_given_in_no_language_is_required(string name)
    {
        using var site = new TempSite(("site.yml", $"{name}\nlanguages: [en, cy]\n"));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RequiredMissing);
        Assert.Equal(("site.yml", 1), (error.File, error.Line));
    }

    [Fact]
    public void A_language_given_no_words_takes_the_default_languages()
    {
        using var site = new TempSite(("site.yml", "name: {en: Little Bramford Parish Council, cy: }\nlanguages: [en, cy]\n"), ("pages/about.md", "About."));
        Assert.True(site.Build().Succeeded);
        Assert.Contains("<a class=\"site-name\" href=\"../index.html\">Little Bramford Parish Council</a>", Page(site, "cy/about/index.html"));
    }

    [Fact]
    public void A_welsh_value_that_is_a_list_is_reported_at_its_line_by_the_build()
    {
        using var site = new TempSite(("site.yml", "name:\n  en: Little Bramford Parish Council\n  cy: [Cyngor, Plwyf]\nlanguages: [en, cy]\n"));
        var error = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.WrongType);
        Assert.Equal(("site.yml", 3), (error.File, error.Line));
    }

    [Fact]
    public void A_link_from_one_translation_to_another_leads_to_the_welsh_page()
    {
        using var site = new TempSite(
            ("site.yml", BilingualSite.SiteYml),
            ("pages/about.md", "See [contact](contact.md)."), ("pages/about.cy.md", "Gweler [cyswllt](contact.cy.md)."),
            ("pages/contact.md", "Contact."), ("pages/contact.cy.md", "Cyswllt."));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<a href=\"../contact/index.html\">cyswllt</a>", Page(site, "cy/about/index.html"));
    }

    [Fact]
    public void A_page_named_like_a_languages_folder_is_refused_naming_the_file()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\nlanguages: [en, fr]\n"), ("pages/fr.md", "Français."));
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.File == "pages/fr.md");
    }

    [Fact]
    public void A_file_in_static_with_a_language_in_its_name_is_published_as_it_is()
    {
        using var site = new TempSite(("site.yml", BilingualSite.SiteYml), ("static/guide.cy.md", "Canllaw."));
        Assert.True(site.Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "guide.cy.md")));
    }

    [Fact]
    public void Languages_listing_no_language_is_an_error()
    {
        using var site = new TempSite(("site.yml", "name: Little Bramford Parish Council\nlanguages: []\n"));
        Assert.Contains(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.LanguagesWrong && d.Line == 2);
    }
}
