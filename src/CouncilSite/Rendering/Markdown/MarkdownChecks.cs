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
    /// <param name="broken">Where the links that lead nowhere are put, to be reported once every text is checked (<see cref="BrokenLinks.Report"/>).</param>
    /// <returns>How many links of the text lead nowhere.</returns>
    public static int Check(MarkdownSource source, LinkResolver resolver, IReadOnlySet<string> imageHosts, DiagnosticBag diagnostics, BrokenLinks broken)
    {
        var found = 0;
        foreach (var link in source.Links)
        {
            found += CheckLink(source, link, resolver, imageHosts, diagnostics, broken);
        }

        foreach (var html in source.Html)
        {
            CheckHtml(source, html, diagnostics);
            found += CheckHtmlLinks(source, html, resolver, imageHosts, diagnostics, broken);
        }

        foreach (var joined in source.JoinedListItems)
        {
            diagnostics.Warning(source.File, joined.Line, joined.Column, DiagnosticCodes.ListItemJoined,
                "This line looks like a list item but is indented so far that it is joined to the line above as part of its text.",
                joined.Numbered
                    ? $"Line it up with the item on line {joined.ItemLine}, so that it is the next item."
                    : $"Line it up with the item on line {joined.ItemLine} for the next item, or indent it 2 or 3 spaces more than that item for a list inside it.");
        }

        return found;
    }

    private static int CheckLink(MarkdownSource source, MarkdownLink link, LinkResolver resolver, IReadOnlySet<string> imageHosts, DiagnosticBag diagnostics, BrokenLinks broken)
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
                broken.Add(new BrokenLinkAt(source.File, line, column, url, link.IsImage ? "image" : "link"));
                return 1;
            case LinkKind.Unsafe:
                diagnostics.Error(source.File, line, column, DiagnosticCodes.UnsafeHtml,
                    $"The link '{url}' would run a script or use an address type the site does not allow.",
                    "Use a normal web address starting https://, an e-mail address starting mailto:, or a link to a page of this site.");
                break;
            case LinkKind.External when link.IsImage:
                ReportExternalImage(source, line, column, url, imageHosts, diagnostics);
                break;
        }

        return 0;
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

    /// <summary>Links in raw HTML must lead somewhere too; script in them is the sanitizer's finding, reported below.</summary>
    private static int CheckHtmlLinks(MarkdownSource source, MarkdownHtml html, LinkResolver resolver, IReadOnlySet<string> imageHosts, DiagnosticBag diagnostics, BrokenLinks broken)
    {
        var found = 0;
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
                broken.Add(new BrokenLinkAt(source.File, html.Line + lines, column, url.Address, "address"));
                found++;
            }
            else
            {
                ReportExternalImage(source, html.Line + lines, column, url.Address, imageHosts, diagnostics);
            }
        }

        return found;
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
