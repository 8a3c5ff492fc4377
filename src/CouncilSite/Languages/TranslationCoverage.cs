using CouncilSite.Build.Stages;
using CouncilSite.Content;
using CouncilSite.Sections;

namespace CouncilSite.Languages;

/// <summary>
/// How much of a bilingual site's text is translated: for each language besides the default, each
/// section's Markdown files and those with no translation beside them. A one-language site has none.
/// </summary>
/// <param name="Required">site.yml says <c>translations: complete</c>: a missing translation is then a warning, and fails <c>check --strict</c>.</param>
public sealed record TranslationCoverage(bool Required, IReadOnlyList<LanguageCoverage> Languages)
{
    /// <summary>True when the site requires every translation and one is missing.</summary>
    public bool Fails => Required && Languages.Any(l => l.Missing.Any());

    /// <summary>
    /// Read from what each other language loaded: a text read from its translation (<c>about.cy.md</c>)
    /// is translated, one read from its original is not, so the count is what residents are shown.
    /// </summary>
    public static TranslationCoverage Of(LoadedSite loaded, IReadOnlyList<Section> sections) =>
        new(loaded.Config.TranslationsComplete, loaded.Others.Select(other => InLanguage(other, sections)).ToList());

    private static LanguageCoverage InLanguage(LoadedSite language, IReadOnlyList<Section> sections)
    {
        var languages = language.Config.Languages;
        var rows = sections
            .Select(section => section.Texts(language.Content).OfType<MarkdownSource>().ToList())
            .Where(texts => texts.Count > 0)
            .Select(texts => new SectionCoverage(FolderOf(texts[0].File), texts.Count,
                texts.Where(t => languages.TagOfFile(t.File) != languages.Tag)
                    .Select(t => new MissingTranslation(t.File, languages.TranslationOf(t.File)!))
                    .ToList()))
            .ToList();
        return new LanguageCoverage(languages.Tag, rows);
    }

    /// <summary>The folder of the clerk's site a section's texts are in (<c>meetings</c>), by which the clerk knows the section.</summary>
    private static string FolderOf(string file) => file.Split('/')[0];
}
