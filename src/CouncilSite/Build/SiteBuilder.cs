using System.Diagnostics;
using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Files;
using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.Sitemap;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Rendering.Theme;
using CouncilSite.Site;

namespace CouncilSite.Build;

/// <summary>
/// Runs one build: Load, Model, Render, Write. Nothing is written unless every stage before
/// Write finished without an error, so a clerk's mistake never breaks the published site.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        var output = options.Output;

        BuildResult Fail() => new(false, diagnostics.ToSortedList(), output, 0, 0, 0, timings);

        void Stage(string name)
        {
            timings.Add(new StageTiming(name, clock.Elapsed));
            clock.Restart();
        }

        var siteRoot = Path.GetFullPath(options.SiteFolder);
        if (!CheckOutputPlace(siteRoot, output, diagnostics))
        {
            return Fail();
        }

        var folder = new SiteFolder(siteRoot, diagnostics, TopLevelToSkip(siteRoot, output));
        var config = SiteConfigLoader.Load(folder, diagnostics);
        if (config is null || diagnostics.HasErrors)
        {
            return Fail();
        }

        var today = options.Today ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, config.TimeZone).DateTime);
        var markdown = new MarkdownEngine();
        var content = ContentLoader.Load(new LoadContext(folder, config, markdown, diagnostics, today));
        var theme = Theme.Load(folder, config, diagnostics);
        var templates = Templates.Parse(theme, diagnostics);
        Stage("load");

        var addresses = new AddressBook();
        var copies = SiteFiles.Register(content, folder, addresses, diagnostics);
        var site = new SiteView(config.Name, config.Language, config.Url, config.Clerk, Navigation.Items(content), config.Extra);
        var pages = SitePages.All(content, addresses, site.Nav);
        foreach (var page in pages.Where(p => !addresses.Contains(p.Address)))
        {
            addresses.Add(page.Address, "(generated page)", diagnostics);
        }

        var links = new LinkResolver(addresses);
        Parallel.ForEach(pages.Select(p => p.Body).OfType<MarkdownSource>(), source => MarkdownChecks.Check(source, links, diagnostics));
        Stage("model");
        if (diagnostics.HasErrors)
        {
            return Fail();
        }

        var renderer = new PageRenderer(templates, markdown, new HtmlSafety(), links, site, LoopLimit(content));
        var rendered = new OutputFile?[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var bytes = renderer.Render(pages[i], diagnostics);
            rendered[i] = bytes is null ? null : OutputFile.Made(SiteAddress.OutputPath(pages[i].Address), bytes);
        });

        var files = new List<OutputFile>(rendered.OfType<OutputFile>());
        files.AddRange(copies.Select(c => OutputFile.Copied(SiteAddress.OutputPath(c.Address), folder.FullPath(c.Source))));
        files.AddRange(theme.Under("assets/").Select(a => OutputFile.Made(a.Path, a.Read())));
        if (config.Url is { } url)
        {
            files.Add(OutputFile.Made("sitemap.xml", SitemapWriter.Write(url, pages.Select(p => p.Address).Where(a => a != NotFoundPage.Address))));
        }

        ReportClashes(files, diagnostics);
        Stage("render");
        if (diagnostics.HasErrors)
        {
            return Fail();
        }

        if (!OutputWriter.MayReplace(output))
        {
            diagnostics.Error(output, 0, 0, DiagnosticCodes.OutputFailed,
                "The output folder already holds files that CouncilSite did not write, so it was left alone.",
                "Choose an empty or new folder with --output, or remove that folder's contents first.");
            return Fail();
        }

        OutputWriter.Outcome outcome;
        try
        {
            outcome = OutputWriter.Write(output, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(output, 0, 0, DiagnosticCodes.OutputFailed, $"The site could not be written: {ex.Message}",
                "Check there is space on the disk and that you may write to the output folder; the previous site was left as it was.");
            return Fail();
        }

        Stage("write");
        return new BuildResult(true, diagnostics.ToSortedList(), output, pages.Count, outcome.Written, outcome.Unchanged, timings);
    }

    /// <summary>Scriban stops loops at 1,000 by default; a council with twenty years of meetings has more.</summary>
    private static int LoopLimit(SiteContent content) =>
        Math.Max(10_000, 10 * (content.Meetings.Count + content.News.Count + content.Policies.Count + content.Documents.Count));

    /// <summary>The output may sit inside the site folder (the default <c>_site</c>), but never be it or hold it.</summary>
    private static bool CheckOutputPlace(string siteRoot, string output, DiagnosticBag diagnostics)
    {
        var site = siteRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var target = output.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!site.StartsWith(target, StringComparison.Ordinal))
        {
            return true;
        }

        diagnostics.Error(output, 0, 0, DiagnosticCodes.OutputFailed,
            "The output folder is the site folder itself, or holds it; building there would replace the clerk's files.",
            "Leave out --output to build into _site inside the site folder, or name a separate folder.");
        return false;
    }

    private static HashSet<string> TopLevelToSkip(string siteRoot, string output)
    {
        var relative = Path.GetRelativePath(siteRoot, output);
        var skip = new HashSet<string>(StringComparer.Ordinal) { BuildOptions.DefaultOutputName };
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
        {
            skip.Add(relative.Split(Path.DirectorySeparatorChar)[0]);
        }

        return skip;
    }

    private static void ReportClashes(List<OutputFile> files, DiagnosticBag diagnostics)
    {
        foreach (var clash in files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var copied = clash.FirstOrDefault(f => f.CopyFrom is not null);
            diagnostics.Error(copied?.CopyFrom ?? clash.Key, 0, 0, DiagnosticCodes.AddressClash,
                $"Two files would be published as {clash.Key}.",
                "Rename the file in static/ (or the page) so that each has its own address.");
        }
    }
}
