using System.Net;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// Links in raw HTML a clerk wrote (<c>&lt;a href&gt;</c>, <c>&lt;img src&gt;</c>) obey the same rules
/// as Markdown links: they are checked, and made relative in the output. Markdig hands only
/// Markdown links to its link rewriter, so raw HTML would otherwise be published as written,
/// with root addresses that break in a sub-folder and links that lead nowhere.
/// </summary>
public static partial class RawHtmlLinks
{
    /// <param name="Index">Where the address starts in the HTML, to report its line and column.</param>
    /// <param name="IsImage">True for an <c>&lt;img src&gt;</c>, which the browser loads with the page (the only such address the cleaning keeps).</param>
    public sealed record Url(string Address, int Index, bool IsImage);

    /// <summary>The <c>href</c> and <c>src</c> addresses in the tags of an HTML fragment, decoded.</summary>
    public static IEnumerable<Url> In(string html) =>
        Tag().Matches(html).SelectMany(tag => Attribute().Matches(tag.Value)
            .Select(a => new Url(WebUtility.HtmlDecode(a.Groups["value"].Value), tag.Index + a.Groups["value"].Index,
                tag.Groups["name"].Value.Equals("img", StringComparison.OrdinalIgnoreCase) && a.Groups["attribute"].Value.Equals("src", StringComparison.OrdinalIgnoreCase))));

    /// <summary>The HTML with every <c>href</c> and <c>src</c> address passed through <paramref name="rewrite"/>.</summary>
    public static string Rewrite(string html, Func<string, string> rewrite) =>
        Tag().Replace(html, tag => Attribute().Replace(tag.Value, a =>
        {
            var value = a.Groups["value"];
            var replaced = WebUtility.HtmlEncode(rewrite(WebUtility.HtmlDecode(value.Value)));
            return string.Concat(a.Value.AsSpan(0, value.Index - a.Index), replaced, a.Value.AsSpan(value.Index - a.Index + value.Length));
        }));

    /// <summary>Installs renderers for raw HTML that rewrite its links as the Markdown links are.</summary>
    internal static void Install(HtmlRenderer renderer, Func<string, string> rewrite)
    {
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new InlineRenderer(rewrite));
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new BlockRenderer(rewrite));
    }

    private sealed class InlineRenderer(Func<string, string> rewrite) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write(Rewrite(obj.Tag, rewrite));
            }
        }
    }

    private sealed class BlockRenderer(Func<string, string> rewrite) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj) => renderer.WriteLine(Rewrite(obj.Lines.ToString(), rewrite));
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z][^\s/>]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s(?<attribute>href|src)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}
