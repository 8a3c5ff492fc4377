using AngleSharp.Html.Parser;

namespace CouncilSite.Tests.Support;

/// <summary>The links of a built page, as a browser would follow them.</summary>
public static class HtmlLinks
{
    private static readonly HtmlParser Parser = new();

    public sealed record Link(string Element, string Attribute, string Value, string? Rel);

    /// <summary>Every href and src in the page, with the page's &lt;base href&gt; if it has one.</summary>
    public static (IReadOnlyList<Link> Links, string? Base) Of(string html)
    {
        var document = Parser.ParseDocument(html);
        var links = new List<Link>();
        foreach (var element in document.All)
        {
            foreach (var attribute in new[] { "href", "src" })
            {
                if (element.GetAttribute(attribute) is { } value && element.LocalName != "base")
                {
                    links.Add(new Link(element.LocalName, attribute, value, element.GetAttribute("rel")));
                }
            }
        }

        return (links, document.QuerySelector("base")?.GetAttribute("href"));
    }

    /// <summary>True for a link that names its own scheme (https:, mailto:) and so leaves the site as written.</summary>
    public static bool HasScheme(string url) =>
        url.IndexOf(':') is var colon && colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(url[0]);
}
