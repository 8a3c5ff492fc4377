using CouncilSite.Build;
using CouncilSite.Diagnostics;
using CouncilSite.Languages;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Languages;

/// <summary>
/// What a bilingual council is told of its translations: how many of each section's texts are
/// translated and which are not; and, when its site.yml says they are complete, a warning for each
/// one missing, in a build too.
/// </summary>
public class TranslationCoverageTests
{
    /// <summary>Eight texts in four sections, three of them translated.</summary>
    private static readonly (string, string)[] Files =
    [
        ("site.yml", BilingualSite.SiteYml),
        ("pages/index.md", "Welcome to Little Bramford."),
        ("pages/index.cy.md", "Croeso i Little Bramford."),
        ("pages/about.md", "---\ntitle: About the council\n---\nThe council has seven councillors."),
        ("pages/contact.md", "---\ntitle: Contact us\n---\nWrite to the clerk."),
        ("meetings/2026-01-15-full-council/agenda.md", "1. Apologies\n"),
        ("meetings/2026-01-15-full-council/agenda.cy.md", "1. Ymddiheuriadau\n"),
        ("meetings/2026-01-15-full-council/minutes.md", "---\nstatus: draft\n---\nPresent: Cllr Smith.\n"),
        ("meetings/2026-01-15-full-council/budget-report.md", "The budget for 2026-27.\n"),
        ("policies/standing-orders.md", "---\ntitle: Standing Orders\nadopted: 2025-05-15\n---\nThe council's rules.\n"),
        ("news/2026-02-01-road-closure.md", "The Street is closed.\n"),
        ("news/2026-02-01-road-closure.cy.md", "Mae'r Stryd ar gau.\n"),
    ];

    private static TranslationCoverage Coverage(TempSite site)
    {
        var result = SiteCheck.Run(site.Root, TempSite.Today);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return Assert.IsType<TranslationCoverage>(result.Translations);
    }

    [Fact]
    public void Each_section_counts_its_texts_and_lists_those_with_no_translation_beside_them()
    {
        using var site = new TempSite(Files);

        var welsh = Assert.Single(Coverage(site).Languages);

        Assert.Equal(("cy", "Welsh", 3, 8), (welsh.Code, welsh.Name, welsh.Translated, welsh.Texts));
        Assert.Equal(
            [("meetings", 1, 3), ("policies", 0, 1), ("news", 1, 1), ("pages", 1, 3)],
            welsh.Sections.Select(s => (s.Folder, s.Translated, s.Texts)));
        Assert.Equal(
            [new MissingTranslation("meetings/2026-01-15-full-council/minutes.md", "meetings/2026-01-15-full-council/minutes.cy.md"),
             new MissingTranslation("meetings/2026-01-15-full-council/budget-report.md", "meetings/2026-01-15-full-council/budget-report.cy.md")],
            welsh.Sections[0].Missing);
        Assert.Equal(["pages/about.md", "pages/contact.md"], welsh.Sections[3].Missing.Select(m => m.File));
        Assert.Empty(welsh.Sections[2].Missing);
    }

    [Fact]
    public void A_translation_added_counts_at_once_and_a_site_in_one_language_has_no_coverage()
    {
        using var site = new TempSite(Files);
        site.Write("pages/about.cy.md", "---\ntitle: Ynglŷn â'r cyngor\n---\nMae gan y cyngor saith cynghorydd.");

        Assert.Equal(4, Coverage(site).Languages.Single().Translated);

        site.Write("site.yml", TempSite.SiteYml);
        Assert.Empty(Coverage(site).Languages);
    }

    [Fact]
    public void A_misspelt_translation_leaves_its_original_missing()
    {
        using var site = new TempSite(Files);
        site.Write("pages/abuot.cy.md", "Mae gan y cyngor saith cynghorydd.");

        var pages = Coverage(site).Languages.Single().Sections.Single(s => s.Folder == "pages");

        Assert.Contains("pages/about.md", pages.Missing.Select(m => m.File));
        Assert.Equal(3, pages.Texts);
    }

    [Fact]
    public void Coverage_is_information_only_unless_site_yml_says_translations_are_complete()
    {
        using var site = new TempSite(Files);

        var result = SiteCheck.Run(site.Root, TempSite.Today);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.TranslationMissing);
        Assert.False(result.Translations!.Fails);
    }

    [Fact]
    public void With_translations_complete_each_missing_translation_is_a_warning_in_a_build_naming_the_file_to_write()
    {
        using var site = new TempSite(Files);
        site.Write("site.yml", BilingualSite.SiteYml + "\ntranslations: complete\n");

        var build = site.Build();

        var missing = build.Diagnostics.Where(d => d.Code == DiagnosticCodes.TranslationMissing).ToList();
        Assert.Equal(
            ["meetings/2026-01-15-full-council/budget-report.md", "meetings/2026-01-15-full-council/minutes.md",
             "pages/about.md", "pages/contact.md", "policies/standing-orders.md"],
            missing.Select(d => d.File).Order(StringComparer.Ordinal));
        Assert.All(missing, d => Assert.False(d.IsError));
        var about = missing.Single(d => d.File == "pages/about.md");
        Assert.Contains("no Welsh translation (about.cy.md)", about.Message);
        Assert.Contains("'about.cy.md'", about.Hint);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.True(Coverage(site).Fails);
    }

    [Fact]
    public void With_translations_complete_and_every_text_translated_there_is_no_warning()
    {
        using var site = new TempSite(Files);
        site.Write("site.yml", BilingualSite.SiteYml + "\ntranslations: complete\n");
        foreach (var missing in Coverage(site).Languages.Single().Missing)
        {
            site.Write(missing.Translation, "Testun Cymraeg.\n");
        }

        var result = SiteCheck.Run(site.Root, TempSite.Today);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.TranslationMissing);
        Assert.Equal((8, 8), (result.Translations!.Languages.Single().Translated, result.Translations.Languages.Single().Texts));
        Assert.False(result.Translations!.Fails);
    }

    [Fact]
    public void A_site_written_first_in_welsh_counts_its_english_translations()
    {
        using var site = new TempSite(
            ("site.yml", BilingualSite.SiteYml.Replace("languages: [en, cy]", "languages: [cy, en]")),
            ("pages/amdanom.md", "Mae gan y cyngor saith cynghorydd."),
            ("pages/amdanom.en.md", "The council has seven councillors."),
            ("pages/cysylltu.md", "Ysgrifennwch at y clerc."));

        var english = Assert.Single(Coverage(site).Languages);

        Assert.Equal(("en", "English", 1, 2), (english.Code, english.Name, english.Translated, english.Texts));
        Assert.Equal(new MissingTranslation("pages/cysylltu.md", "pages/cysylltu.en.md"), english.Missing.Single());
    }
}
