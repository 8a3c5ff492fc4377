using CouncilSite.Build.Stages;
using CouncilSite.Diagnostics;
using CouncilSite.Languages;
using CouncilSite.Sections.Datasets;
using CouncilSite.Transparency;

namespace CouncilSite.Build;

/// <summary>What <c>councilsite check</c> found: the messages of reading the folder, the checklist and how much is translated.</summary>
/// <param name="Report">The checklist, or null when the regime is <c>none</c> or the folder could not be read.</param>
/// <param name="Translations">Null when the folder could not be read; no languages for a site in one language.</param>
public sealed record CheckResult(bool Read, IReadOnlyList<Diagnostic> Diagnostics, TransparencyReport? Report, TranslationCoverage? Translations = null)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>What fails <c>check --strict</c>: an item the transparency code requires missing or out of date, or a translation a site requires missing.</summary>
    public bool FailsStrict => Report?.Fails == true || Translations?.Fails == true;
}

/// <summary>
/// Reads and models a site folder as a build does (every message a build would give before it
/// draws a page), without drawing or writing anything, and checks it against its transparency regime.
/// </summary>
public static class SiteCheck
{
    public static CheckResult Run(string siteFolder, DateOnly? today = null) =>
        InvariantCulture.Run(() => Check(siteFolder, today));

    private static CheckResult Check(string siteFolder, DateOnly? today)
    {
        var build = new BuildContext(new BuildOptions(siteFolder, Today: today), BuildMemory.None);
        if (LoadStage.Settings(build) is not { } settings)
        {
            return new CheckResult(false, build.Diagnostics.ToSortedList(), null);
        }

        // A mistake in site.yml (a time zone misspelt, say) stops a build before its content is read;
        // check still reads the content, for its messages too, but models nothing on broken settings.
        var settingsFailed = build.Diagnostics.HasErrors;
        var loaded = LoadStage.Content(build, settings.Folder, settings.Config);
        if (settingsFailed)
        {
            LoadStage.SettleUnusedSettings(build, settings.Folder, settings.Config);
        }
        else
        {
            ModelStage.Run(build, loaded);
        }

        var content = loaded.Content;
        return new CheckResult(true, build.Diagnostics.ToSortedList(), TransparencyChecker.Check(content, content.Data, content.Today),
            TranslationCoverage.Of(loaded, build.Sections));
    }
}
