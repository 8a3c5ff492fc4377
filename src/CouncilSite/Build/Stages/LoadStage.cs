using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Languages;
using CouncilSite.Rendering.Theme;
using CouncilSite.Site;

namespace CouncilSite.Build.Stages;

/// <summary>The Load stage: site.yml, then every section's part of the clerk's folder, read into typed records.</summary>
public static class LoadStage
{
    /// <summary>The site folder and its settings; null, with the messages, when site.yml cannot be used.</summary>
    public static (SiteFolder Folder, SiteConfig Config)? Settings(BuildContext build)
    {
        var folder = new SiteFolder(build.SiteRoot, build.Diagnostics, OutputPlace.FoldersToSkip(build.SiteRoot, build.Output), build.Memory.Listings);
        build.Memory.StartBuild(folder);
        if (SiteConfigLoader.Load(folder, build.Diagnostics) is not { } config)
        {
            return null;
        }

        if (build.Diagnostics.HasErrors)
        {
            SettleUnusedSettings(build, folder, config);
        }

        return (folder, config);
    }

    /// <summary>
    /// For a folder whose site.yml has errors, so that the Model stage will not run: takes back the
    /// warnings about settings the theme shows, as that stage would (its own messages about the theme wait for it).
    /// </summary>
    public static void SettleUnusedSettings(BuildContext build, SiteFolder folder, SiteConfig config) =>
        ThemeExtras.Withdraw(Theme.Load(folder, config, new DiagnosticBag()), build.Diagnostics);

    /// <summary>
    /// Every section's content, read under the settings (with messages for what could not be read):
    /// once for each of the site's languages, the default first (see <see cref="LoadedSite.Others"/>).
    /// </summary>
    public static LoadedSite Content(BuildContext build, SiteFolder folder, SiteConfig config)
    {
        var today = build.Options.Today ?? config.LocalToday();
        var markdown = build.Memory.Markdown;
        folder = folder.In(config.Languages);
        ReportLoneTranslations(folder, config.Languages, build.Diagnostics);
        build.Memory.StartLoad(config, today);
        var content = ContentLoader.Load(new LoadContext(folder, config, markdown, build.Diagnostics, today, build.Memory.Loading), build.Sections);
        build.Memory.EndLoad();

        // Each other language reads the folder afresh, with its translations in place of their
        // originals; a preview session keeps what it loads only for the default language.
        var others = config.Languages.Each().Skip(1)
            .Select(language => SiteConfigLoader.In(folder, config, language.Tag) ?? config with { Languages = language })
            .Select(inLanguage => new LoadedSite(folder, ContentLoader.Load(new LoadContext(folder, inLanguage, markdown, build.Diagnostics, today), build.Sections), markdown))
            .ToList();
        var loaded = new LoadedSite(folder, content, markdown) { Others = others };
        MissingTranslations.Report(TranslationCoverage.Of(loaded, build.Sections), config.Languages.DefaultTag, build.Diagnostics);
        build.EndStage("load");
        return loaded;
    }

    /// <summary>
    /// A translation with nothing to translate (<c>about.cy.md</c> without <c>about.md</c>), or named with
    /// its language in capitals (<c>about.CY.md</c>, which not every computer finds as <c>about.cy.md</c>), is left out, and said so.
    /// </summary>
    private static void ReportLoneTranslations(SiteFolder folder, SiteLanguages languages, DiagnosticBag diagnostics)
    {
        foreach (var translation in folder.Translations())
        {
            var (original, named) = (languages.OriginalOf(translation), languages.ProperNameOf(translation));
            if (translation != named)
            {
                diagnostics.Warning(translation, 0, 0, DiagnosticCodes.TranslationWithoutOriginal,
                    $"This looks like a translation of {original}, but its language is not written in small letters ('{Path.GetFileName(named)}'), so it is left out of the site.",
                    $"Rename it '{Path.GetFileName(named)}'.");
            }
            else if (!folder.FileIsThere(original))
            {
                diagnostics.Warning(translation, 0, 0, DiagnosticCodes.TranslationWithoutOriginal,
                    $"This is a translation of {original}, which is not there, so it is left out of the site.",
                    $"Put the text in the site's default language in {original}, beside it; or, if it is a page of its own, rename it without the language (e.g. '{Path.GetFileName(original)}').");
            }
        }
    }
}
