using CouncilSite.Build;
using CouncilSite.Build.Stages;
using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Language;
using CouncilSite.Rendering.Theme;
using CouncilSite.Search;
using CouncilSite.Sections;

namespace CouncilSite.Tests.Support;

/// <summary>What every section offers the site's search, from a folder loaded and modelled as a build does it.</summary>
public static class SiteSearch
{
    public static IReadOnlyList<SearchEntry> Entries(string siteFolder, DateOnly today)
    {
        var build = new BuildContext(new BuildOptions(siteFolder, Today: today), BuildMemory.None);
        var (folder, config) = LoadStage.Settings(build) ?? throw new InvalidOperationException("site.yml did not load");
        var content = LoadStage.Content(build, folder, config).Content;
        var translations = Translations.Load(Theme.Load(folder, config, build.Diagnostics), [config.Language], build.Diagnostics);
        var model = SiteModel.Of(content, build.Sections, build.Memory.Parts, new Format(translations.Default));
        return build.Sections.SelectMany(s => s.Search(model)).ToList();
    }
}
