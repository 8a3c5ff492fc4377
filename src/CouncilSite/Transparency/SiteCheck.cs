using CouncilSite.Addresses;
using CouncilSite.Build;
using CouncilSite.Content;
using CouncilSite.Data;
using CouncilSite.Diagnostics;
using CouncilSite.Privacy;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Sections;
using CouncilSite.Sections.Datasets;
using CouncilSite.Site;

namespace CouncilSite.Transparency;

/// <summary>What <c>councilsite check</c> found: the messages of reading the folder, and the checklist.</summary>
/// <param name="Report">The checklist, or null when the regime is <c>none</c> or the folder could not be read.</param>
public sealed record CheckResult(bool Read, IReadOnlyList<Diagnostic> Diagnostics, TransparencyReport? Report)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Reads a site folder as a build does, without making or writing anything, and checks it
/// against its transparency regime; the privacy and data messages come with it.
/// </summary>
public static class SiteCheck
{
    public static CheckResult Run(string siteFolder, DateOnly? today = null)
    {
        var diagnostics = new DiagnosticBag();
        var folder = new SiteFolder(Path.GetFullPath(siteFolder), diagnostics, new HashSet<string>(StringComparer.Ordinal) { BuildOptions.DefaultOutputName });
        var config = SiteConfigLoader.Load(folder, diagnostics);
        if (config is null)
        {
            return new CheckResult(false, diagnostics.ToSortedList(), null);
        }

        var date = today ?? config.LocalToday();
        var content = ContentLoader.Load(new LoadContext(folder, config, new MarkdownEngine(), diagnostics, date));
        var model = SiteModel.Of(content, SiteSections.All, PartMemory.None);
        PrivacyScanner.Scan(content, SiteSections.All.SelectMany(s => s.Texts(content)).OfType<MarkdownSource>(), model.Copies.Select(c => c.Source), folder, diagnostics);
        return new CheckResult(true, diagnostics.ToSortedList(), TransparencyChecker.Check(content, content.Data, date));
    }
}
