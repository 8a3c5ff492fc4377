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
    string Language);

/// <summary>
/// Draws one <see cref="HtmlPage"/>: its Markdown, its layout, then <c>layouts/base.html</c>
/// around it. Runs on many threads at once; everything shared is read-only.
/// </summary>
/// <param name="notFoundStyles">The theme's stylesheet, written into the 404 page itself so it is styled at any depth and on any host.</param>
public sealed class PageRenderer(
    Templates templates, MarkdownEngine markdown, HtmlSafety safety, LinkResolver links, SiteView site, Translations translations, int loopLimit, string? notFoundStyles = null)
{
    public const string BaseLayout = "layouts/base.html";

    private readonly PartialCache _partials = new();
    private readonly ModelVariables _variables = new();

    private readonly Dictionary<string, TranslateFunction> _translate = translations.All.ToDictionary(s => s.Language, s => new TranslateFunction(s));

    public byte[]? Render(HtmlPage page, DiagnosticBag diagnostics)
    {
        var content = page.Body is null ? null : new SafeHtml(RenderMarkdown(page));
        var language = translations.For(page.Language).Language;
        var view = new PageView(page.Title, page.Description, page.Address, page.Section, page.Crumbs,
            page.Alternates ?? [], content, SiteAddress.Root(page.Address),
            site.Url is null || page.Address == NotFoundPage.Address ? null : site.Url + SiteAddress.Escape(page.Address),
            site.Nav.Any(item => item.Address == page.Address) ? page.Address : "", language);

        var globals = Globals(page, view, diagnostics);
        var inner = templates.Render(page.Model.Layout, globals, loopLimit, diagnostics);
        if (inner is null)
        {
            return null;
        }

        globals["content"] = new SafeHtml(inner);
        var html = templates.Render(BaseLayout, globals, loopLimit, diagnostics);
        return html is null ? null : Encoding.UTF8.GetBytes(html);
    }

    private string RenderMarkdown(HtmlPage page)
    {
        var source = page.Body!;
        var html = markdown.Render(source, url =>
        {
            var resolution = links.Resolve(source.File, url);
            return resolution.Kind switch
            {
                LinkKind.Internal => SiteAddress.Relative(page.Address, resolution.Target),
                LinkKind.External or LinkKind.Fragment => url,

                // Already reported as an error, which stops the build; never published.
                _ => "#",
            };
        }, page.Anchors);

        // Markdig's own output is safe; only a file with raw HTML needs the (slower) cleaning pass.
        return source.Html.Count > 0 ? safety.Clean(html) : html;
    }

    private ScriptObject Globals(HtmlPage page, PageView view, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = view,
        };
        _variables.CopyInto(page.Model, globals);

        var from = page.Address;

        // The 404 page is served at any depth: with a known site address it links from the root
        // path on that host (never to another host), so links and the stylesheet work wherever it is shown.
        var rootPath = from == NotFoundPage.Address && site.Url is not null ? new Uri(site.Url + "/").AbsolutePath : null;
        if (from == NotFoundPage.Address)
        {
            globals["inline_styles"] = SafeHtml.Of(notFoundStyles);
        }

        var link = RelativeLinkFunction.Link(from, rootPath);
        var asset = RelativeLinkFunction.Asset(from, rootPath);
        var translate = _translate[view.Language];
        globals.SetValue("link", link, true);
        globals.SetValue("asset", asset, true);
        globals.SetValue(StringUses.Function, translate, true);
        globals.SetValue("cached", new CachedPartialFunction(_partials, templates, site, link, asset, translate, loopLimit, diagnostics), true);
        return globals;
    }
}
