using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Golden;

/// <summary>
/// A built page cut into the frame every page shares and the page's own part, so a golden copy
/// of a page holds only what that page decides. The frame is what the default theme's
/// layouts/base.html draws around every page's body: the skip link and site header with the
/// main navigation (partials/site-nav.html) before it, the footer (partials/site-footer.html)
/// and closing tags after it. Everything else stays in the page's part, byte for byte: the whole
/// head (its title, description, canonical, alternates and structured data differ per page),
/// the breadcrumbs and main.
/// </summary>
/// <param name="Own">
/// The page with its header and footer each replaced by a one-line marker; the header's names the
/// navigation link the page marks as current, the one part of the header a page decides.
/// </param>
/// <param name="Header">The skip link and site header, as the page has them.</param>
/// <param name="Footer">The footer and everything after it, as the page has them.</param>
public sealed record FramedPage(string Own, string Header, string Footer)
{
    private const string PageMarker = "<!-- frame: each page's own part goes here -->\n";

    private const string FooterMarker = "<!-- frame: footer cut out -->\n";

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    private static readonly Regex CurrentItem = new(" aria-current=\"[^\"]*\"", RegexOptions.CultureInvariant);

    private static readonly Regex Link = new("(?<name> (?:href|src|action)=\")(?<url>[^\"]*)\"", RegexOptions.CultureInvariant);

    /// <summary>
    /// The frame as its golden copy holds it: header, a line for the page's own part, footer.
    /// </summary>
    public string Frame => Header + PageMarker + Footer;

    /// <summary>
    /// Cuts a page whose body is exactly the base layout's: skip link, site header, the page's
    /// wrapper, footer. Any other body fails, so a page drawn outside the frame is never cut blind.
    /// </summary>
    public static FramedPage Cut(string path, string html)
    {
        var body = Parser.ParseDocument(html).Body;
        Assert.True(body is not null, $"{path} has no body");
        var children = body.Children.ToList();
        string[] frame = ["a.skip-link", "header.site-header", "div.wrap", "footer.site-footer"];
        Assert.True(children.Count == frame.Length && children.Zip(frame).All(c => c.First.Matches(c.Second)),
            $"{path}: its body is [{string.Join(", ", children.Select(c => c.LocalName + "." + c.ClassName))}], not the frame's [{string.Join(", ", frame)}]");
        Assert.True(body.ChildNodes.All(n => n is IElement || string.IsNullOrWhiteSpace(n.TextContent)), $"{path}: its body has text outside the frame");

        var header = Start(path, html, children[0]);
        var wrapper = Start(path, html, children[2]);
        var footer = Start(path, html, children[3]);
        var own = html[..header] + HeaderMarker(children[1]) + html[wrapper..footer] + FooterMarker;
        return new FramedPage(own, html[header..wrapper], html[footer..]);
    }

    /// <summary>
    /// The frame with what legitimately varies from page to page taken out, to compare one
    /// page's frame with another's. Two things vary:
    /// the current navigation item's aria-current, which is dropped here because each page's
    /// golden copy records it in its header marker; and the form of each link, which is written
    /// relative to the page (../../index.html) so the site works from any folder, or from the
    /// site's root (/meetings/) on the 404 page, which a server shows at any missing address.
    /// Each link is replaced by the address it leads to from where a resident sees the page, so
    /// a link written wrongly for its page leads elsewhere and differs; a folder and its
    /// index.html are one address.
    /// On a site in more than one language a third thing varies: the language switch leads to the
    /// page itself in the other language, so a switch link that does is written as such, and one that
    /// leads anywhere else keeps its address and differs.
    /// </summary>
    /// <param name="path">The page's file in the output folder.</param>
    /// <param name="languagePrefixes">The prefixes of the site's languages but the default (<c>/cy</c>).</param>
    public string Normalised(string path, params string[] languagePrefixes)
    {
        var seenFrom = new Uri(new Uri("https://frame.invalid/"), path == "404.html" ? "a/missing/address/" : path);
        var own = Address(new Uri(new Uri("https://frame.invalid/"), path).AbsolutePath);
        string Resolve(string url) => Address(new Uri(seenFrom, WebUtility.HtmlDecode(url)).AbsolutePath);
        string Unprefixed(string address) =>
            languagePrefixes.FirstOrDefault(p => address.StartsWith(p + "/", StringComparison.Ordinal)) is { } prefix ? address[prefix.Length..] : address;

        string Switch(Match link)
        {
            var target = Resolve(link.Groups["url"].Value);
            var leadsToItself = target != own && Unprefixed(target) == Unprefixed(own);
            return link.Groups["name"].Value + (leadsToItself ? "(this page in its other language)" : target) + link.Groups["rest"].Value;
        }

        string Other(Match link)
        {
            var url = link.Groups["url"].Value;
            return url.StartsWith('#') || HtmlLinks.HasScheme(url) || url.StartsWith('(') ? link.Value : link.Groups["name"].Value + Resolve(url) + "\"";
        }

        return Link.Replace(SwitchLink.Replace(CurrentItem.Replace(Frame, ""), Switch), Other);
    }

    private static readonly Regex SwitchLink = new("(?<name><a href=\")(?<url>[^\"]*)(?<rest>\" lang=\"[^\"]*\" hreflang=)", RegexOptions.CultureInvariant);

    /// <summary>A folder and its index.html are one address.</summary>
    private static string Address(string path) => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;

    private static int Start(string path, string html, IElement element)
    {
        var start = element.SourceReference!.Position.Position - 1;
        Assert.True(html.AsSpan(start).StartsWith("<" + element.LocalName, StringComparison.Ordinal), $"{path}: the parser placed <{element.LocalName}> at {start}");
        return start;
    }

    private static string HeaderMarker(IElement header)
    {
        var current = header.QuerySelectorAll("[aria-current]").Select(a => $"; aria-current=\"{a.GetAttribute("aria-current")}\" on {a.GetAttribute("href")}");
        return $"<!-- frame: skip link and site header cut out{string.Concat(current)} -->\n";
    }
}
