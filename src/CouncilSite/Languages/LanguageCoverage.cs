using CouncilSite.Site;

namespace CouncilSite.Languages;

/// <summary>How much of the site's text is translated into one language, section by section.</summary>
/// <param name="Tag">The language's tag as site.yml gives it (<c>cy</c>).</param>
public sealed record LanguageCoverage(string Tag, IReadOnlyList<SectionCoverage> Sections)
{
    public string Code => SiteLanguages.CodeOf(Tag);

    /// <summary>The language's name in English (<c>Welsh</c>), for the clerk's messages.</summary>
    public string Name => LanguageNames.English(Tag);

    public int Texts => Sections.Sum(s => s.Texts);

    public int Translated => Sections.Sum(s => s.Translated);

    public IEnumerable<MissingTranslation> Missing => Sections.SelectMany(s => s.Missing);
}

/// <summary>One section's Markdown files in one language: how many, and those not translated.</summary>
/// <param name="Folder">The folder of the site the section's files are in (<c>meetings</c>, <c>pages</c>).</param>
/// <param name="Missing">Its files with no translation, in the order the section lists them (meetings by date).</param>
public sealed record SectionCoverage(string Folder, int Texts, IReadOnlyList<MissingTranslation> Missing)
{
    public int Translated => Texts - Missing.Count;
}

/// <summary>A Markdown file with no translation beside it.</summary>
/// <param name="File">The original, relative to the site folder (<c>pages/about.md</c>).</param>
/// <param name="Translation">The file its translation would be (<c>pages/about.cy.md</c>).</param>
public sealed record MissingTranslation(string File, string Translation);
