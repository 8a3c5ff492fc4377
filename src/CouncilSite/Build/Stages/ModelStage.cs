using System.Text;
using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Api;
using CouncilSite.Outputs.Html;
using CouncilSite.Privacy;
using CouncilSite.Rendering.Language;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections;
using CouncilSite.Sections.NotFound;

namespace CouncilSite.Build.Stages;

/// <summary>
/// The Model stage: every section's pages and files worked out from the loaded content, the
/// privacy scan, the theme, and the checks of every link and address. Nothing is drawn yet.
/// </summary>
public static class ModelStage
{
    /// <summary>The site's plan; null when a message before rendering is an error.</summary>
    public static SitePlan? Run(BuildContext build, LoadedSite loaded)
    {
        var (folder, content, config, sections, diagnostics) = (loaded.Folder, loaded.Content, loaded.Config, build.Sections, build.Diagnostics);

        // The site's words, dates and times come from the theme's strings: they are read before any page or file is made.
        var theme = Theme.Load(folder, config, diagnostics);
        ThemeExtras.Withdraw(theme, diagnostics);
        var translations = Translations.Load(theme, [config.Language], diagnostics);
        build.Memory.StartModel(theme);
        var model = SiteModel.Of(content, sections, build.Memory.Parts, new Format(translations.Default));

        // Feeds, calendars and open data read only the loaded content: they are made while the steps below run.
        var madeFiles = Task.Run(() => sections.SelectMany(s => s.Files(model)).Append(PopoloExport.File(model)).ToList());
        ScanForPersonalData(build, loaded, model);
        build.EndStage("privacy");

        var templates = build.Memory.Templates(theme, diagnostics);
        StringUses.Check(templates, translations, diagnostics);
        build.EndStage("theme");

        var pages = sections.SelectMany(s => s.Pages(model)).ToList();
        var site = new SiteView(config.Name, config.Language, config.Url, config.Clerk, model.Navigation, config.Extra, SiteView.SearchOf(pages));
        var made = Made(build, theme, pages, madeFiles.GetAwaiter().GetResult(), config.Url);
        var addresses = AddressBook.Of(model.Copies, pages, made, diagnostics);
        var links = new LinkResolver(addresses, path => folder.FileExists(path) || folder.DirectoryExists(path), OwnSiteAddress.Of(config.Url));
        build.Memory.CheckMarkdown(pages.Select(p => p.Body).OfType<MarkdownSource>(), links, config.AllowImagesFrom, addresses, diagnostics);

        var files = new List<OutputFile>(model.Copies.Select(c => OutputFile.Copied(SiteAddress.OutputPath(c.Address), folder.FullPath(c.Source))));
        files.AddRange(made);
        AddressClashes.Report(files.Select(f => (f.Path, f.CopyFrom)).Concat(pages.Select(p => (SiteAddress.OutputPath(p.Address), (string?)null))).ToList(), folder, diagnostics);
        build.EndStage("model");
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var styles = theme.Find("assets/style.css") is { } css ? Encoding.UTF8.GetString(css.Read()) : null;
        return new SitePlan(site, pages, files, links, templates, translations, styles, LoopLimit(content, sections));
    }

    /// <summary>
    /// Every file the site makes besides its pages: the theme's assets (a site's own theme file in
    /// place of the built-in one), the sections' feeds, calendars and open data, and the sitemap.
    /// All are made before the links are checked, so a clerk may link to any of them.
    /// </summary>
    private static List<OutputFile> Made(BuildContext build, Theme theme, IReadOnlyList<HtmlPage> pages, IEnumerable<OutputFile> sectionFiles, string? url)
    {
        var made = theme.Under("assets/").Select(a => OutputFile.Made(a.Path, a.Read())).Concat(sectionFiles).ToList();
        if (url is not null)
        {
            var listed = pages.Select(p => p.Address).Where(a => a != NotFoundPage.Address).ToList();
            made.Add(OutputFile.Made("sitemap.xml", build.Memory.Sitemap(url, listed)));
        }

        return made;
    }

    /// <summary>Warns of what looks like personal data in what the site publishes: the sections' Markdown and the CSV files.</summary>
    public static void ScanForPersonalData(BuildContext build, LoadedSite loaded, SiteModel model) =>
        PrivacyScanner.Scan(loaded.Content, build.Sections.SelectMany(s => s.Texts(loaded.Content)).OfType<MarkdownSource>(),
            model.Copies.Select(c => c.Source), loaded.Folder, build.Diagnostics, build.Memory.PrivacyMatches);

    /// <summary>Scriban stops loops at 1,000 by default; a council with twenty years of meetings has more.</summary>
    private static int LoopLimit(SiteContent content, IReadOnlyList<Section> sections) =>
        Math.Max(10_000, 10 * sections.Sum(s => s.Items(content)));
}
