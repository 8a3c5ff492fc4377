using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// Checks a clerk's Markdown before it is published: every link and image leads somewhere,
/// every image has a text alternative, and raw HTML holds nothing that could run script.
/// Each finding names the file and line.
/// </summary>
public static class MarkdownChecks
{
    public static void Check(MarkdownSource source, LinkResolver resolver, DiagnosticBag diagnostics)
    {
        foreach (var node in source.Document.Descendants())
        {
            switch (node)
            {
                case LinkInline link:
                    CheckLink(source, link, resolver, diagnostics);
                    break;
                case HtmlBlock block:
                    CheckHtml(source, block, block.Lines.ToString(), diagnostics);
                    break;
                case HtmlInline inline:
                    CheckHtml(source, inline, inline.Tag, diagnostics);
                    break;
            }
        }
    }

    private static void CheckLink(MarkdownSource source, LinkInline link, LinkResolver resolver, DiagnosticBag diagnostics)
    {
        var line = source.FileLine(link);
        var column = link.Column + 1;
        var url = link.Url ?? "";
        if (link.IsImage && string.IsNullOrWhiteSpace(AltText(link)))
        {
            diagnostics.Error(source.File, line, column, DiagnosticCodes.ImageWithoutAlt,
                $"The image '{url}' has no text description for people who cannot see it.",
                "Describe the image between the square brackets, e.g. ![The village sign on the green](/images/village-sign.png). For a purely decorative image, leave it out.");
        }

        var resolution = resolver.Resolve(source.File, url);
        switch (resolution.Kind)
        {
            case LinkKind.Broken:
                diagnostics.Error(source.File, line, column, DiagnosticCodes.BrokenLink,
                    $"The {(link.IsImage ? "image" : "link")} '{url}' leads to nothing on this site.",
                    "Link to a file in the site folder relative to this one (e.g. ../2025-12-10-full-council/minutes.md), or to a published address from the site root (e.g. /policies/standing-orders/). Check the spelling and the date in folder names.");
                break;
            case LinkKind.Unsafe:
                diagnostics.Error(source.File, line, column, DiagnosticCodes.UnsafeHtml,
                    $"The link '{url}' would run a script or use an address type the site does not allow.",
                    "Use a normal web address starting https://, an e-mail address starting mailto:, or a link to a page of this site.");
                break;
        }
    }

    private static void CheckHtml(MarkdownSource source, MarkdownObject node, string html, DiagnosticBag diagnostics)
    {
        foreach (var removal in HtmlSafety.Inspect(html))
        {
            if (removal.Dangerous)
            {
                diagnostics.Error(source.File, source.FileLine(node), node.Column + 1, DiagnosticCodes.UnsafeHtml,
                    $"The HTML here contains {removal.What}, which could run a script or load content from elsewhere.",
                    "Remove it. Markdown can format text, lists, tables, links and images; scripts and embedded content are not published.");
            }
            else
            {
                diagnostics.Warning(source.File, source.FileLine(node), node.Column + 1, DiagnosticCodes.HtmlRemoved,
                    $"The HTML here contains {removal.What}, which is removed when the page is published.",
                    "Write the formatting in Markdown instead, or remove the HTML.");
            }
        }
    }

    private static string AltText(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
