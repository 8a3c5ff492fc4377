using CouncilSite.Content;
using CouncilSite.Diagnostics;
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

    /// <summary>Every section's content, read under the settings (with messages for what could not be read).</summary>
    public static LoadedSite Content(BuildContext build, SiteFolder folder, SiteConfig config)
    {
        var today = build.Options.Today ?? config.LocalToday();
        var markdown = build.Memory.Markdown;
        build.Memory.StartLoad(config, today);
        var content = ContentLoader.Load(new LoadContext(folder, config, markdown, build.Diagnostics, today, build.Memory.Loading), build.Sections);
        build.Memory.EndLoad();
        build.EndStage("load");
        return new LoadedSite(folder, content, markdown);
    }
}
