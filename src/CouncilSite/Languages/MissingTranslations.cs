using CouncilSite.Diagnostics;

namespace CouncilSite.Languages;

/// <summary>
/// On a site whose site.yml says <c>translations: complete</c>, a warning (CS153) for each text with
/// no translation beside it, so that <c>build</c> says what <c>check --strict</c> fails on.
/// </summary>
public static class MissingTranslations
{
    public static void Report(TranslationCoverage coverage, string defaultTag, DiagnosticBag diagnostics)
    {
        if (!coverage.Required)
        {
            return;
        }

        var shownIn = LanguageNames.English(defaultTag);
        foreach (var language in coverage.Languages)
        {
            foreach (var missing in language.Missing)
            {
                var write = Path.GetFileName(missing.Translation);
                diagnostics.Warning(missing.File, 0, 0, DiagnosticCodes.TranslationMissing,
                    $"This text has no {language.Name} translation ({write}), but site.yml says 'translations: complete'; its {language.Name} page shows it in {shownIn}.",
                    $"Write its {language.Name} text in '{write}', beside it; or, until every text is translated, write 'translations: partial' in site.yml.");
            }
        }
    }
}
