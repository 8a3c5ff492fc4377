using System.Text.RegularExpressions;
using CouncilSite.Content;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// How deep the raw HTML in a Markdown file nests its elements. The HTML cleaner's parser checks
/// every open element for each tag it reads, so its time grows with the square of the depth:
/// 8,000 nested &lt;div&gt; took 8 seconds, 100,000 would take hours.
/// </summary>
internal static partial class HtmlDepth
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The piece of HTML in which the elements open, counted through the file in order, pass <paramref name="max"/>; or null.</summary>
    public static MarkdownHtml? FirstPast(IReadOnlyList<MarkdownHtml> html, int max)
    {
        var depth = 0;
        foreach (var piece in html)
        {
            foreach (Match tag in Tag().Matches(piece.Html))
            {
                if (tag.Groups["close"].Success)
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (!tag.Groups["self"].Success && !Void.Contains(tag.Groups["name"].Value) && ++depth > max)
                {
                    return piece;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(?<self>/)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
