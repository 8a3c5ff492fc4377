using System.Diagnostics;
using CouncilSite.Addresses;
using CouncilSite.Build.Incremental;
using CouncilSite.Build.Publishing;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Api;
using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.Sitemap;
using CouncilSite.Privacy;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections;
using CouncilSite.Sections.NotFound;
using CouncilSite.Site;

namespace CouncilSite.Build;

/// <summary>
/// Runs one build: Load, Model, Render, Write. Nothing is written unless every stage before
/// Write finished without an error, so a clerk's mistake never breaks the published site.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options) => Build(options, session: null);

    /// <summary>A build within a <see cref="BuildSession"/>, which lets it skip work whose inputs it has already seen.</summary>
    public static BuildResult Build(BuildOptions options, BuildSession? session)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        var output = RealPath.Of(options.Output) ?? options.Output;

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

        // Taken before anything is read, so a second build of the same output stops at once, and
        // a build killed part-way is put right even when this one goes on to fail.
        var onDisk = session is not { InMemory: true };
        using var claim = onDisk ? OutputMessages.Claim(output, diagnostics) : null;
        if (onDisk && claim is null)
        {
            return Fail();
        }

        var folder = new SiteFolder(siteRoot, diagnostics, FoldersToSkip(siteRoot, output), session?.Listings);
        session?.StartBuild(folder);
        var config = SiteConfigLoader.Load(folder, diagnostics);
        if (config is null || diagnostics.HasErrors)
        {
            return Fail();
        }

        var today = options.Today ?? config.LocalToday();
        var markdown = session?.Markdown ?? new MarkdownEngine();
        session?.StartLoad(config, today);
        var sections = options.Sections;
        var content = ContentLoader.Load(new LoadContext(folder, config, markdown, diagnostics, today, session?.Loading), sections);
        session?.EndLoad();
        Stage("load");

        // Feeds, calendars and open data read only the loaded content: they are made while the stages below run.
        var model = SiteModel.Of(content, sections, session?.Parts ?? PartMemory.None);
        var madeFiles = Task.Run(() => sections.SelectMany(s => s.Files(model)).Append(PopoloExport.File(model)).ToList());
        PrivacyScanner.Scan(content, sections.SelectMany(s => s.Texts(content)).OfType<MarkdownSource>(), model.Copies.Select(c => c.Source), folder, diagnostics, session?.PrivacyMatches);
        Stage("privacy");
        var theme = Theme.Load(folder, config, diagnostics);
        var templates = session?.Templates(theme, diagnostics) ?? Templates.Parse(theme, diagnostics);
        Stage("theme");

        var site = new SiteView(config.Name, config.Language, config.Url, config.Clerk, model.Navigation, config.Extra);
        var pages = sections.SelectMany(s => s.Pages(model)).ToList();
        var made = madeFiles.GetAwaiter().GetResult();
        var addresses = AddressBook.Of(model.Copies, pages, made, diagnostics);

        var links = new LinkResolver(addresses, path => folder.FileExists(path) || folder.DirectoryExists(path));
        if (session is null)
        {
            Parallel.ForEach(pages.Select(p => p.Body).OfType<MarkdownSource>(), source => MarkdownChecks.Check(source, links, config.AllowImagesFrom, diagnostics));
        }
        else
        {
            session.CheckMarkdown(pages.Select(p => p.Body).OfType<MarkdownSource>(), links, config.AllowImagesFrom, addresses, diagnostics);
        }

        var files = new List<OutputFile>(model.Copies.Select(c => OutputFile.Copied(SiteAddress.OutputPath(c.Address), folder.FullPath(c.Source))));
        files.AddRange(theme.Under("assets/").Select(a => OutputFile.Made(a.Path, a.Read())));
        files.AddRange(made);
        if (config.Url is { } url)
        {
            var listed = pages.Select(p => p.Address).Where(a => a != NotFoundPage.Address).ToList();
            files.Add(OutputFile.Made("sitemap.xml", session?.Sitemap(url, listed) ?? SitemapWriter.Write(url, listed)));
        }

        ReportClashes(files.Select(f => (f.Path, f.CopyFrom)).Concat(pages.Select(p => (SiteAddress.OutputPath(p.Address), (string?)null))).ToList(), folder, diagnostics);
        Stage("model");
        if (diagnostics.HasErrors)
        {
            return Fail();
        }

        var memory = onDisk ? null : new MemoryOutput();
        OutputWriter? disk = null;
        try
        {
            disk = claim is null ? null : OutputWriter.Open(output, claim);
            var sink = (IOutputSink?)memory ?? disk!;
            foreach (var file in files)
            {
                sink.Add(file);
            }

            Render(pages, sink);
            Stage("render");
            if (diagnostics.HasErrors)
            {
                return Fail();
            }

            var outcome = memory is not null ? session!.Publish(memory.Files) : disk!.Commit();
            Stage(memory is not null ? "publish" : "write");
            OutputMessages.Report(outcome, output, diagnostics);
            return new BuildResult(true, diagnostics.ToSortedList(), output, pages.Count, outcome.Written, outcome.Unchanged, timings);
        }
        catch (OutputRefusedException refused)
        {
            diagnostics.Error(output, 0, 0, refused.Code, refused.Message, refused.Hint);
            return Fail();
        }
        catch (Exception ex) when (WriteFailure(ex) is { } cause)
        {
            diagnostics.Error(output, 0, 0, DiagnosticCodes.OutputFailed, $"The site could not be written: {cause.Message}",
                "Check there is space on the disk and that you may write to the output folder; the previous site was left as it was.");
            return Fail();
        }
        finally
        {
            disk?.Dispose();
        }

        // Each page goes to the sink as soon as it is drawn, so pages are not held until the end.
        void Render(IReadOnlyList<HtmlPage> all, IOutputSink sink)
        {
            var styles = theme.Find("assets/style.css") is { } css ? System.Text.Encoding.UTF8.GetString(css.Read()) : null;
            var loopLimit = LoopLimit(content, sections);
            var renderer = new PageRenderer(templates, markdown, new HtmlSafety(), links, site, loopLimit, styles);
            session?.StartRender(site, loopLimit);
            Parallel.For(0, all.Count, i =>
            {
                var page = all[i];
                var bytes = session is null ? renderer.Render(page, diagnostics) : session.Render(page, () => renderer.Render(page, diagnostics));
                if (bytes is not null)
                {
                    sink.Add(OutputFile.Made(SiteAddress.OutputPath(page.Address), bytes));
                }
            });
            session?.EndRender(all.Count);
        }
    }

    /// <summary>Scriban stops loops at 1,000 by default; a council with twenty years of meetings has more.</summary>
    private static int LoopLimit(SiteContent content, IReadOnlyList<Section> sections) =>
        Math.Max(10_000, 10 * sections.Sum(s => s.Items(content)));

    /// <summary>The output may sit inside the site folder (the default <c>_site</c>), but never be it or hold it.</summary>
    /// <param name="output">The output's real path, links followed, as <paramref name="siteRoot"/> is compared with it.</param>
    private static bool CheckOutputPlace(string siteRoot, string output, DiagnosticBag diagnostics)
    {
        var site = (RealPath.Of(siteRoot) ?? siteRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
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

    /// <summary>The output folder itself, wherever it sits in the site (e.g. <c>static/preview</c>), and never the content folder around it.</summary>
    private static HashSet<string> FoldersToSkip(string siteRoot, string output)
    {
        var relative = Path.GetRelativePath(RealPath.Of(siteRoot) ?? siteRoot, output);
        var skip = new HashSet<string>(StringComparer.Ordinal) { BuildOptions.DefaultOutputName };
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
        {
            skip.Add(relative.Replace(Path.DirectorySeparatorChar, '/'));
        }

        return skip;
    }

    /// <param name="files">Every file the build makes, by output path, with the clerk's file it is copied from (if it is).</param>
    private static void ReportClashes(IReadOnlyList<(string Path, string? CopyFrom)> files, SiteFolder folder, DiagnosticBag diagnostics)
    {
        string Blame(IEnumerable<(string Path, string? CopyFrom)> clash, string path) =>
            clash.FirstOrDefault(f => f.CopyFrom is not null).CopyFrom is { } copied ? Path.GetRelativePath(folder.Root, copied).Replace('\\', '/') : path;

        // Grouped only when some path is there twice: the site's tens of thousands of paths are otherwise all different.
        var paths = new HashSet<string>(files.Count, StringComparer.OrdinalIgnoreCase);
        var twice = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, _) in files)
        {
            if (!paths.Add(path))
            {
                twice.Add(path);
            }
        }

        foreach (var clash in files.Where(f => twice.Contains(f.Path)).GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(Blame(clash, clash.Key), 0, 0, DiagnosticCodes.AddressClash,
                $"Two files would be published as {clash.Key}.",
                "Rename the file in static/ (or the page) so that each has its own address.");
        }

        // A file named like a folder of the site (static/about beside pages/about.md) could not be written either.
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var known = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (path, _) in files)
        {
            // Looked up without copying each folder's name; a folder already known has its own folders above it known too.
            var slash = path.LastIndexOf('/');
            while (slash > 0 && known.Add(path.AsSpan(0, slash)))
            {
                slash = path.LastIndexOf('/', slash - 1);
            }
        }

        foreach (var file in files.Where(f => folders.Contains(f.Path)))
        {
            diagnostics.Error(Blame([file], file.Path), 0, 0, DiagnosticCodes.AddressClash,
                $"This would be published as the file {file.Path}, but the site has a folder of pages with that name.",
                "Rename the file, keeping its ending such as .pdf or .jpg, so that it has its own address.");
        }
    }

    /// <summary>The disk or permission problem behind a failed write, also when one of the parallel writers met it.</summary>
    private static Exception? WriteFailure(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => ex,
        AggregateException all => all.Flatten().InnerExceptions.Select(WriteFailure).FirstOrDefault(e => e is not null),
        _ => null,
    };
}
