using System.Text;
using CouncilSite.Addresses;
using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Language;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Rendering.Theme;
using CouncilSite.Sections.NotFound;
using Scriban.Runtime;

namespace CouncilSite.Outputs.Html;

/// <summary>What a layout knows of the page it draws (the template's <c>page</c>).</summary>
/// <param name="Content">The clerk's Markdown rendered to HTML, already cleaned, with relative links.</param>
/// <param name="Root">The site root seen from this page (<c>../../</c>), for hand-written links in themes.</param>
/// <param name="Language">The page's language tag, which its <c>t</c> strings and dates are in.</param>
/// <param name="Address">The page's address as the default language has it (<c>/about/</c> for <c>/cy/about/</c>): <c>link page.address</c> leads to the page itself.</param>
/// <param name="NavAddress">
/// The page's address if the main navigation links to it, else empty: what the navigation needs to
/// mark the current item, without the page's own address (which would make a cached navigation per page).
/// </param>
public sealed record PageView(
    string Title,
    string? Description,
    string Address,
    string Section,
    IReadOnlyList<Crumb> Crumbs,
    IReadOnlyList<AlternateLink> Alternates,
    SafeHtml? Content,
    string Root,
    string? Canonical,
    string NavAddress,
    string Language)
{
    /// <summary>The same page in each of the site's other languages, for the language switch and <c>hreflang</c> links.</summary>
    public IReadOnlyList<LanguageLink> Translations { get; init; } = [];

    /// <summary>The language tag of the clerk's text when it is not the page's own (a page not yet translated), else null.</summary>
    public string? TextLanguage { get; init; }

    /// <summary>The same for the page's title: null when the clerk gave the untranslated page a title in its language.</summary>
    public string? TitleLanguage { get; init; }

    /// <summary>The same page in the default language, for search engines' <c>hreflang="x-default"</c>; null on a page in the default language.</summary>
    public string? DefaultUrl => Translations.FirstOrDefault(t => t.IsDefault)?.Url;
}

/// <summary>A link to the same page in another language.</summary>
/// <param name="Language">The language's tag, for <c>lang</c> and <c>hreflang</c>.</param>
/// <param name="Name">The language's own name (Cymraeg, English), as the switch shows it.</param>
/// <param name="Href">The link from this page; a full address when the site's url is known, for search engines.</param>
/// <param name="Url">The full address, or the link when the site's url is not known.</param>
/// <param name="IsDefault">True for the site's default language.</param>
public sealed record LanguageLink(string Language, string Name, string Href, string Url, bool IsDefault);

/// <summary>
/// Draws one <see cref="HtmlPage"/>: its Markdown, its layout, then <c>layouts/base.html</c>
/// around it. Runs on many threads at once; everything shared is read-only.
/// </summary>
/// <param name="notFoundStyles">The theme's stylesheet, written into the 404 page itself so it is styled at any depth and on any host.</param>
/// <param name="sites">The site in each of its languages, the default first.</param>
/// <param name="pages">The title of every page by its address, in every language: the language switch leads only to pages that exist.</param>
public sealed class PageRenderer(
    Templates templates, MarkdownEngine markdown, HtmlSafety safety, LinkResolver links, IReadOnlyList<LanguageSite> sites, IReadOnlyDictionary<string, string> pages, int loopLimit, string? notFoundStyles = null)
{
    public const string BaseLayout = "layouts/base.html";

    private readonly PartialCache _partials = new();
    private readonly ModelVariables _variables = new();

    private readonly Dictionary<string, TranslateFunction> _translate = sites.ToDictionary(s => s.View.Language, s => new TranslateFunction(s.Strings));

    public byte[]? Render(HtmlPage page, DiagnosticBag diagnostics)
    {
        var language = page.Language is null ? sites[0] : sites.First(s => s.View.Language == page.Language);
        var (site, places) = (language.View, language.Addresses);
        var textLanguage = TextLanguage(page, language);
        var content = page.Body is null ? null : new SafeHtml(Wrapped(RenderMarkdown(page, places), textLanguage));
        var address = places.Unplace(page.Address);
        var view = new PageView(page.Title, page.Description, address, page.Section, page.Crumbs,
            page.Alternates ?? [], content, SiteAddress.Root(page.Address),
            site.Url is null || address == NotFoundPage.Address ? null : site.Url + SiteAddress.Escape(page.Address),
            site.Nav.Any(item => item.Address == address) ? address : "", site.Language)
        {
            Translations = Translations(page, address, site.Url, RootPath(address, site)),
            TextLanguage = textLanguage,
            TitleLanguage = textLanguage is not null && pages.GetValueOrDefault(address) == page.Title ? textLanguage : null,
        };

        var globals = Globals(page, view, language, diagnostics);
        var inner = templates.Render(page.Model.Layout, globals, loopLimit, diagnostics);
        if (inner is null)
        {
            return null;
        }

        globals["content"] = new SafeHtml(inner);
        var html = templates.Render(BaseLayout, globals, loopLimit, diagnostics);
        return html is null ? null : Encoding.UTF8.GetBytes(html);
    }

    /// <summary>The language of the page's text when it is not the page's own: a translation not yet made shows the default language's text.</summary>
    private static string? TextLanguage(HtmlPage page, LanguageSite language) =>
        page.Body is { } body && !language.Languages.IsDefault && !language.Languages.IsTranslation(body.File) ? language.Languages.DefaultTag : null;

    /// <summary>Text in another language than the page's says so, so that a screen reader reads it in that language's voice.</summary>
    private static string Wrapped(string html, string? textLanguage) =>
        textLanguage is null ? html : $"<div lang=\"{textLanguage}\">\n{html}</div>\n";

    /// <summary>
    /// For the 404 page (in any language) only: the site root's path on its host. Hosts serve that page at
    /// any missing address, at any depth, where relative links cannot work.
    /// </summary>
    private static string? RootPath(string address, SiteView site) =>
        address == NotFoundPage.Address && site.Url is not null ? new Uri(site.Url + "/").AbsolutePath : null;

    /// <summary>The same page in each other language; a page one language has and another has not leads to that language's home page.</summary>
    private IReadOnlyList<LanguageLink> Translations(HtmlPage page, string address, string? url, string? rootPath)
    {
        if (sites.Count < 2)
        {
            return [];
        }

        return sites.Where(s => s.View.Language != (page.Language ?? sites[0].View.Language)).Select(other =>
        {
            var target = other.Addresses.Place(address) is var same && pages.ContainsKey(same) ? same : other.Addresses.Place("/");
            var href = rootPath is null ? SiteAddress.Relative(page.Address, target) : rootPath + target.TrimStart('/');
            return new LanguageLink(other.View.Language, other.Strings.Text("language.own_name"), href, url is null ? href : url + SiteAddress.Escape(target), other == sites[0]);
        }).ToList();
    }

    private string RenderMarkdown(HtmlPage page, LanguageAddresses places)
    {
        var source = page.Body!;
        var html = markdown.Render(source, url =>
        {
            var resolution = links.Resolve(source.File, url);
            return resolution.Kind switch
            {
                LinkKind.Internal => SiteAddress.Relative(page.Address, places.Place(resolution.Target)),
                LinkKind.External or LinkKind.Fragment => url,

                // Already reported as an error, which stops the build; never published.
                _ => "#",
            };
        }, page.Anchors);

        // Markdig's own output is safe; only a file with raw HTML needs the (slower) cleaning pass.
        return source.Html.Count > 0 ? safety.Clean(html) : html;
    }

    private ScriptObject Globals(HtmlPage page, PageView view, LanguageSite language, DiagnosticBag diagnostics)
    {
        var site = language.View;
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = view,
        };
        _variables.CopyInto(page.Model, globals);

        var from = page.Address;

        // The 404 page is served at any depth: with a known site address it links from the root
        // path on that host (never to another host), so links and the stylesheet work wherever it is shown.
        var rootPath = RootPath(view.Address, site);
        if (view.Address == NotFoundPage.Address)
        {
            globals["inline_styles"] = SafeHtml.Of(notFoundStyles);
        }

        var link = RelativeLinkFunction.Link(from, language.Addresses, rootPath);
        var asset = RelativeLinkFunction.Asset(from, rootPath);
        var translate = _translate[view.Language];
        globals.SetValue("link", link, true);
        globals.SetValue("asset", asset, true);
        globals.SetValue(StringUses.Function, translate, true);
        globals.SetValue("cached", new CachedPartialFunction(_partials, templates, site, link, asset, translate, loopLimit, diagnostics), true);
        return globals;
    }
}
