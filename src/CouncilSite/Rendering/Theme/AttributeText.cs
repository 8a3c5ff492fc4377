using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace CouncilSite.Rendering.Theme;

/// <summary>
/// The text a browser reads from an attribute value's HTML. AngleSharp's tokenizer decodes it:
/// browsers also take <c>&amp;#32</c> without its semicolon and named references such as
/// <c>&amp;Tab;</c>, which <see cref="System.Net.WebUtility.HtmlDecode"/> leaves as they are.
/// </summary>
internal static class AttributeText
{
    public static string Decode(string html)
    {
        if (!html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }

        using var source = new TextSource("<a b=\"" + html.Replace("\"", "&quot;", StringComparison.Ordinal) + "\">");
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        return ((HtmlTagToken)tokenizer.Get()).Attributes[0].Value;
    }
}
