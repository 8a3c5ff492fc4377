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
using CouncilSite.Site;

namespace CouncilSite.Build.Stages;

/// <summary>
/// The Model stage: every section's pages and files worked out from the loaded content, in each of
/// the site's languages, the privacy scan, the theme, and the checks of every link and address.
/// Nothing is drawn yet.
/// </summary>
public static class ModelStage
{
    /// <summary>The site's plan; null when a message before rendering is an error.</summary>
    public static SitePlan? Run(BuildContext build, LoadedSite loaded)
    {
        var (folder, config, sections, diagnostics) = (loaded.Folder, loaded.Config, build.Sections, build.Diagnostics);

        // The site's words, dates and times come from the theme's strings: they are read before any page or file is made.
        var theme = Theme.Load(folder, config, diagnostics);
        ThemeExtras.Withdraw(theme, diagnostics);
        var translations = Translations.Load(theme, config.Languages.Tags, diagnostics);
        build.Memory.StartModel(theme);

        var templates = build.Memory.Templates(theme, diagnostics);
        StringUses.Check(templates, translations, diagnostics);
        build.EndStage("theme");

        // The default language first: what it publishes once for every language decides where the others' links lead.
        var prefixes = config.Languages.Each().Skip(1).Select(l => l.Prefix).ToList();
        var root = config.Languages.IsBilingual ? new LanguageAddresses(config.Language, "", prefixes, new HashSet<string>()) : LanguageAddresses.Root;
        var languages = new List<LanguagePlan> { Plan(build, loaded, root, translations.Default, build.Memory.Parts, [.. loaded.Others.Select(o => o.Config)]) };
        var shared = Shared(languages[0], theme);
        foreach (var other in loaded.Others)
        {
            var tag = other.Config.Language;
            var addresses = new LanguageAddresses(tag, other.Config.Languages.Prefix, prefixes, shared);
            languages.Add(Plan(build, other with { Content = other.Content.With(other.Config with { Addresses = addresses }) }, addresses, translations.For(tag), PartMemory.None, []));
        }

        build.EndStage("pages");
        var pages = languages.SelectMany(l => l.Pages).ToList();
        var made = Made(build, theme, pages, languages, config.Url);
        var copies = languages[0].Model.Copies;
        var addressBook = AddressBook.Of(copies, pages, made, diagnostics);
        var links = new LinkResolver(addressBook, path => folder.FileExists(path) || folder.DirectoryExists(path), OwnSiteAddress.Of(config.Url));
        build.Memory.CheckMarkdown(languages.SelectMany(l => l.OwnTexts), links, config.AllowImagesFrom, addressBook, diagnostics);

        var files = new List<OutputFile>(copies.Select(c => OutputFile.Copied(SiteAddress.OutputPath(c.Address), folder.FullPath(c.Source))));
        files.AddRange(made);
        AddressClashes.Report(files.Select(f => (f.Path, f.CopyFrom)).Concat(pages.Select(p => (SiteAddress.OutputPath(p.Address), (string?)null))).ToList(), folder, diagnostics);
        build.EndStage("model");
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var styles = theme.Find("assets/style.css") is { } css ? Encoding.UTF8.GetString(css.Read()) : null;
        var sites = languages.Select(l => new LanguageSite(l.View, l.Addresses, translations.For(l.View.Language), l.Model.Content.Config.Languages)).ToList();
        return new SitePlan(sites, pages, new PlannedFiles(files), links, templates, translations, styles, LoopLimit(loaded.Content, sections));
    }

    /// <summary>One language's model, pages (at their addresses in that language) and files.</summary>
    private sealed record LanguagePlan(SiteModel Model, SiteView View, IReadOnlyList<HtmlPage> Pages, IReadOnlyList<OutputFile> Files, LanguageAddresses Addresses)
    {
        /// <summary>The Markdown this language's pages show that no other language's do: all of the default language's, and another's translations.</summary>
        public IEnumerable<MarkdownSource> OwnTexts =>
            Pages.Select(p => p.Body).OfType<MarkdownSource>().Where(b => Addresses.Prefix.Length == 0 || Model.Content.Config.Languages.IsTranslation(b.File));
    }

    /// <param name="others">The site's settings in its other languages, for the exports published once with every language's names.</param>
    private static LanguagePlan Plan(BuildContext build, LoadedSite loaded, LanguageAddresses addresses, Strings strings, PartMemory parts, IReadOnlyList<SiteConfig> others)
    {
        var (content, sections) = (loaded.Content, build.Sections);
        var config = content.Config;
        var isDefault = addresses.Prefix.Length == 0;
        var model = SiteModel.Of(content, sections, parts, new Format(strings));

        // Feeds, calendars, the search index and open data read only the loaded content: they are made while the
        // steps below run, each section's beside the others' (the search index and the calendars each take a
        // core for a large council), and kept in the sections' order.
        var making = sections.Select(s => Task.Run(() => s.Files(model).ToList()))
            .Append(Task.Run(() => isDefault ? [PopoloExport.File(model, others)] : new List<OutputFile>()))
            .ToList();
        ScanForPersonalData(build, loaded, model, isDefault);

        var pages = sections.SelectMany(s => s.Pages(model)).ToList();
        var view = new SiteView(config.Name, config.Language, config.Url, config.Clerk, model.Navigation, config.Extra, SiteView.SearchOf(pages));
        var files = making.SelectMany(task => task.GetAwaiter().GetResult()).ToList();
        if (isDefault)
        {
            return new LanguagePlan(model, view, pages, files, addresses);
        }

        // Another language's pages answer for their translations (a link to contact.cy.md leads to /cy/contact/), the
        // default language's for the originals; of its files, only its feeds, calendars and search index are its own:
        // the rest is published once, by the default language.
        var placed = pages.Select(p => p with
        {
            Address = addresses.Place(p.Address),
            Language = config.Language,
            Sources = p.Body is { } body && config.Languages.IsTranslation(body.File) ? [body.File] : [],
        }).ToList();
        var own = files.Where(f => IsPerLanguage(f.Path)).Select(f => f with { Path = addresses.Prefix.TrimStart('/') + "/" + f.Path }).ToList();
        return new LanguagePlan(model, view, placed, own, addresses);
    }

    /// <summary>Feeds, calendars and the search index are made in every language; open data and exports are published once.</summary>
    private static bool IsPerLanguage(string path) =>
        path.EndsWith(".xml", StringComparison.Ordinal) || path.EndsWith(".ics", StringComparison.Ordinal) || path.StartsWith("search/", StringComparison.Ordinal);

    /// <summary>The addresses every language shares: the clerk's files, and what the default language publishes once for all.</summary>
    private static HashSet<string> Shared(LanguagePlan language, Theme theme) =>
        language.Model.Copies.Select(c => c.Address)
            .Concat(language.Files.Where(f => !IsPerLanguage(f.Path)).Select(f => "/" + f.Path))
            .Concat(theme.Under("assets/").Select(a => "/" + a.Path))
            .Append("/" + SitemapFile)
            .ToHashSet(StringComparer.Ordinal);

    private const string SitemapFile = "sitemap.xml";

    /// <summary>
    /// Every file the site makes besides its pages: the theme's assets (a site's own theme file in
    /// place of the built-in one), each language's feeds, calendars and open data, and the sitemap.
    /// All are made before the links are checked, so a clerk may link to any of them.
    /// </summary>
    private static List<OutputFile> Made(BuildContext build, Theme theme, IReadOnlyList<HtmlPage> pages, IReadOnlyList<LanguagePlan> languages, string? url)
    {
        var made = theme.Under("assets/").Select(a => OutputFile.Made(a.Path, a.Read())).Concat(languages.SelectMany(l => l.Files)).ToList();
        if (url is not null)
        {
            var listed = pages.Select(p => p.Address).Where(a => !a.EndsWith(NotFoundPage.Address, StringComparison.Ordinal)).ToList();
            made.Add(OutputFile.Made(SitemapFile, build.Memory.Sitemap(url, listed, languages.Select(l => l.Addresses).ToList())));
        }

        return made;
    }

    /// <summary>
    /// Warns of what looks like personal data in what the site publishes: the sections' Markdown and
    /// the CSV files, read once; another language adds only its translations.
    /// </summary>
    private static void ScanForPersonalData(BuildContext build, LoadedSite loaded, SiteModel model, bool isDefault)
    {
        var texts = build.Sections.SelectMany(s => s.Texts(loaded.Content)).OfType<MarkdownSource>();
        PrivacyScanner.Scan(loaded.Content, isDefault ? texts : texts.Where(t => loaded.Config.Languages.IsTranslation(t.File)),
            isDefault ? model.Copies.Select(c => c.Source) : [], loaded.Folder, build.Diagnostics, build.Memory.PrivacyMatches);
    }

    /// <summary>Scriban stops loops at 1,000 by default; a council with twenty years of meetings has more.</summary>
    private static int LoopLimit(SiteContent content, IReadOnlyList<Section> sections) =>
        Math.Max(10_000, 10 * sections.Sum(s => s.Items(content)));
}
