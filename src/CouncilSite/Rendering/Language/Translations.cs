using CouncilSite.Diagnostics;
using ThemeFiles = CouncilSite.Rendering.Theme.Theme;

namespace CouncilSite.Rendering.Language;

/// <summary>The strings of each language the site's pages are written in, the site's own language first.</summary>
public sealed class Translations
{
    private readonly IReadOnlyList<Strings> _languages;

    public Translations(IReadOnlyList<Strings> languages) => _languages = languages;

    public static Translations Load(ThemeFiles theme, IEnumerable<string> languages, DiagnosticBag diagnostics) =>
        new(languages.Select(language => StringsLoader.Load(theme, language, diagnostics)).ToList());

    public Strings Default => _languages[0];

    public IReadOnlyList<Strings> All => _languages;

    /// <summary>The strings of a page's language; a page that names none is in the site's language.</summary>
    public Strings For(string? language) =>
        language is null ? Default : _languages.FirstOrDefault(s => s.Language == language)
            ?? throw new ArgumentException($"The site has no strings loaded for the language '{language}'.", nameof(language));
}
