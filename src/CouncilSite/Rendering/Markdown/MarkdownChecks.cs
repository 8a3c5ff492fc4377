using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Diagnostics;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// Checks a clerk's Markdown before it is published: every link and image leads somewhere,
/// every image has a text alternative and is a file of the site (or from a website site.yml
/// allows), raw HTML holds nothing that could run script, and no list item is joined to the line
/// above for its indentation. Each finding names the file and line.
/// </summary>
public static class MarkdownChecks
{
    /// <param name="imageHosts">The websites whose images may be shown (site.yml's <c>allow_images_from</c>), lower case.</param>
    public static void Check(MarkdownSource source, LinkResolver resolver, IReadOnlySet<string> imageHosts, DiagnosticBag diagnostics)
    {
        foreach (var link in source.Links)
        {
            CheckLink(source, link, resolver, imageHosts, diagnostics);
        }

        foreach (var html in source.Html)
        {
            CheckHtml(source, html, diagnostics);
            CheckHtmlLinks(source, html, resolver, imageHosts, diagnostics);
        }

        foreach (var joined in source.JoinedListItems)
        {
            diagnostics.Warning(source.File, joined.Line, joined.Column, DiagnosticCodes.ListItemJoined,
                "This line looks like a list item but is indented so far that it is joined to the line above as part of its text.",
                joined.Numbered
                    ? $"Line it up with the item on line {joined.ItemLine}, so that it is the next item."
                    : $"Line it up with the item on line {joined.ItemLine} for the next item, or indent it 2 or 3 spaces more than that item for a list inside it.");
        }
    }

    private static void CheckLink(MarkdownSource source, MarkdownLink link, LinkResolver resolver, IReadOnlySet<string> imageHosts, DiagnosticBag diagnostics)
    {
        var (url, line, column) = (link.Url, link.Line, link.Column);
        if (link.IsImage && string.IsNullOrWhiteSpace(link.Text))
        {
            diagnostics.Error(source.File, line, column, DiagnosticCodes.ImageWithoutAlt,
                $"The image '{url}' has no text description for people who cannot see it.",
                "Describe the image between the square brackets, e.g. ![The village sign on the green](/images/village-sign.png). For a purely decorative image, leave it out.");
        }

        var resolution = resolver.Resolve(source.File, url);
        switch (resolution.Kind)
        {
            case LinkKind.Broken:
                ReportBroken(source, line, column, url, link.IsImage ? "image" : "link", resolver, diagnostics);
                break;
            case LinkKind.Unsafe:
                diagnostics.Error(source.File, line, column, DiagnosticCodes.UnsafeHtml,
                    $"The link '{url}' would run a script or use an address type the site does not allow.",
                    "Use a normal web address starting https://, an e-mail address starting mailto:, or a link to a page of this site.");
                break;
            case LinkKind.External when link.IsImage:
                ReportExternalImage(source, line, column, url, imageHosts, diagnostics);
                break;
        }
    }

    /// <summary>
    /// An image from another website is fetched by every visitor's browser from there, which tells
    /// that website who reads the page and shows whatever it serves at that address that day.
    /// </summary>
    private static void ReportExternalImage(MarkdownSource source, int line, int column, string url, IReadOnlySet<string> imageHosts, DiagnosticBag diagnostics)
    {
        var host = Uri.TryCreate(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.Host.ToLowerInvariant()
            : null;
        var name = uri is null ? "" : Path.GetFileName(Uri.UnescapeDataString(uri.AbsolutePath));
        name = name.Contains('.') && !name.Any(char.IsWhiteSpace) ? name : "picture.jpg";
        var save = $"Save the image in the site folder (as static/images/{name}) and show it from there: ![description](/images/{name}).";
        if (host is not null && imageHosts.Contains(host))
        {
            diagnostics.Warning(source.File, line, column, DiagnosticCodes.ExternalImageAllowed,
                $"The image '{url}' is shown from another website, {host}, which site.yml allows: visitors' browsers fetch it from there, and it changes or disappears with that website.",
                save);
            return;
        }

        diagnostics.Error(source.File, line, column, DiagnosticCodes.ExternalImage,
            host is null
                ? $"The image '{url}' is not a file of this site, and the site shows only its own images."
                : $"The image '{url}' is on another website, {host}: every visitor's browser would fetch it from there, telling that website who reads this page, and the site loads nothing from other websites.",
            host is null ? save : $"{save} To show images from {host} all the same, add it to site.yml: 'allow_images_from: [{host}]'.");
    }

    private static void ReportBroken(MarkdownSource source, int line, int column, string url, string what, LinkResolver resolver, DiagnosticBag diagnostics)
    {
        var broken = resolver.Diagnose(source.File, url);
        if (broken.AboveRoot)
        {
            diagnostics.Error(source.File, line, column, DiagnosticCodes.BrokenLink,
                $"The {what} '{url}' climbs above the site's root with '../': the site has nothing above its root.",
                broken.Suggestion is { } target
                    ? $"Did you mean '{target}'? A link from the site's root starts at the top of the site, so it needs no '../'."
                    : "A link from the site's root starts at the top of the site, so it needs no '../': remove them and check the rest of the address.");
            return;
        }

        if (broken.ExistingFile is { } file)
        {
            // The file is there but not published. When it failed to load, its own error says why, and comes first to mind.
            if (!diagnostics.HasErrorAbout(file))
            {
                diagnostics.Error(source.File, line, column, DiagnosticCodes.BrokenLink,
                    $"The {what} '{url}' leads to {file}, which is in the site folder but not published.",
                    "An empty file is left out until it has text, and so is a file outside the folders the site publishes: give it its text or move it, or remove the link.");
            }

            return;
        }

        diagnostics.Error(source.File, line, column, DiagnosticCodes.BrokenLink,
            $"The {what} '{url}' leads to nothing on this site.",
            broken.Suggestion is { } suggestion
                ? url.Contains("../", StringComparison.Ordinal) || suggestion.Contains("../", StringComparison.Ordinal)
                    ? $"Did you mean '{suggestion}'? Check the spelling, the date in folder names, and the number of '../' (each one climbs one folder up from this file's folder)."
                    : $"Did you mean '{suggestion}'? Check the spelling and the date in folder names."
                : "Link to a file in the site folder relative to this one (e.g. ../2025-12-10-full-council/minutes.md), or to a published address from the site root (e.g. /policies/standing-orders/). Check the spelling and the date in folder names.");
    }

    /// <summary>Links in raw HTML must lead somewhere too; script in them is the sanitizer's finding, reported below.</summary>
    private static void CheckHtmlLinks(MarkdownSource source, MarkdownHtml html, LinkResolver resolver, IReadOnlySet<string> imageHosts, DiagnosticBag diagnostics)
    {
        foreach (var url in RawHtmlLinks.In(html.Html))
        {
            var kind = resolver.Resolve(source.File, url.Address).Kind;
            if (kind != LinkKind.Broken && !(kind == LinkKind.External && url.IsImage))
            {
                continue;
            }

            var before = html.Html.AsSpan(0, url.Index);
            var lines = before.Count('\n');
            var column = lines == 0 ? html.Column + url.Index : url.Index - before.LastIndexOf('\n');
            if (kind == LinkKind.Broken)
            {
                ReportBroken(source, html.Line + lines, column, url.Address, "address", resolver, diagnostics);
            }
            else
            {
                ReportExternalImage(source, html.Line + lines, column, url.Address, imageHosts, diagnostics);
            }
        }
    }

    private static void CheckHtml(MarkdownSource source, MarkdownHtml html, DiagnosticBag diagnostics)
    {
        var removals = HtmlSafety.Inspect(html.Html);
        foreach (var removal in removals.Where(r => r.Dangerous))
        {
            diagnostics.Error(source.File, html.Line, html.Column, DiagnosticCodes.UnsafeHtml,
                $"The HTML here contains {removal.What}, which could run a script or load content from elsewhere.",
                "Remove it. Markdown can format text, lists, tables, links and images; scripts and embedded content are not published.");
        }

        // HTML pasted from a word processor carries many such pieces: one message says it all.
        var removed = removals.Where(r => !r.Dangerous).Select(r => r.What).Distinct().ToList();
        if (removed.Count > 0)
        {
            diagnostics.Warning(source.File, html.Line, html.Column, DiagnosticCodes.HtmlRemoved,
                $"The HTML here contains {string.Join(", ", removed)}, which {(removed.Count == 1 ? "is" : "are")} removed when the page is published.",
                "Write the formatting in Markdown instead, or remove the HTML (text pasted from a word processor often brings it).");
        }
    }
}
