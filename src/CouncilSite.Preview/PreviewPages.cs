using System.Globalization;
using System.Net;
using System.Text;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs;

namespace CouncilSite.Preview;

/// <summary>
/// What the preview adds to the built pages, and only in the preview: a small script that reloads
/// the page when the site is rebuilt, and, while the latest edit has errors, a banner listing them
/// above the last good version of the page. The built site never contains either. Both are files of
/// the preview's own (<see cref="ScriptPath"/>, <see cref="StylesPath"/>), never inline, so the
/// preview's Content-Security-Policy can forbid every inline script, and every inline style but
/// the site's own (see <see cref="PreviewSecurity.Policy"/>).
/// </summary>
public static class PreviewPages
{
    /// <summary>The Server-Sent Events stream the reload script listens to.</summary>
    public const string EventsPath = "/__councilsite/events";

    /// <summary>The reload script; the page's build number is given to it in the script element's <c>data-version</c>.</summary>
    public const string ScriptPath = "/__councilsite/reload.js";

    /// <summary>The error banner's styles.</summary>
    public const string StylesPath = "/__councilsite/preview.css";

    /// <summary>The preview's own files, by request path, with their content types.</summary>
    public static readonly IReadOnlyDictionary<string, (string Type, byte[] Bytes)> OwnFiles = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal)
    {
        [ScriptPath] = ("text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(
            $"new EventSource(\"{EventsPath}?v=\" + encodeURIComponent(document.currentScript.dataset.version)).onmessage = function () {{ location.reload(); }};\n")),
        [StylesPath] = ("text/css; charset=utf-8", Encoding.UTF8.GetBytes("""
            #councilsite-preview-errors { margin: 0; padding: 1rem 1.25rem; border: 4px solid #b00020; background: #fff; color: #1b1b1b; font: 1rem/1.5 system-ui, sans-serif; }
            #councilsite-preview-errors h2 { margin: 0 0 .5rem; font-size: 1.25rem; }
            #councilsite-preview-errors p { margin: 0 0 .5rem; }
            #councilsite-preview-errors ul { margin: 0; padding-left: 1.25rem; }

            """)),
    };

    /// <summary>The file for a request path, or the address to redirect to (<c>/about</c> to <c>/about/</c>), or neither.</summary>
    public static (OutputFile? File, string? Redirect) Find(IReadOnlyDictionary<string, OutputFile> site, string requestPath)
    {
        var path = requestPath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }

        if (site.TryGetValue(path, out var file))
        {
            return (file, null);
        }

        return site.ContainsKey(path + "/index.html") ? (null, "/" + path + "/") : (null, null);
    }

    public static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The page as served in the preview: with the reload script, and the error banner when the latest build failed.</summary>
    public static byte[] Decorate(byte[] page, PreviewState state)
    {
        var html = Encoding.UTF8.GetString(page);
        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyOpen = body < 0 ? -1 : html.IndexOf('>', body);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var text = new StringBuilder(html.Length + 2048);
        if (bodyOpen < 0 || end < bodyOpen)
        {
            return Encoding.UTF8.GetBytes(html + Banner(state) + Script(state));
        }

        text.Append(html, 0, bodyOpen + 1).Append(Banner(state))
            .Append(html, bodyOpen + 1, end - bodyOpen - 1).Append(Script(state))
            .Append(html, end, html.Length - end);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The page shown while no build has succeeded: no site to show, only the messages, and the reload script so it clears itself once they are fixed.</summary>
    public static byte[] ErrorPage(PreviewState state) => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        "<title>The site has errors – CouncilSite preview</title>\n</head>\n<body>\n<main>\n" +
        Banner(state, "The site has errors, so nothing can be shown yet",
            "Nothing can be shown until these are fixed: save the fix and this page shows the site by itself. The published site is not affected.") +
        "</main>\n" + Script(state) + "</body>\n</html>\n");

    private static string Banner(PreviewState state,
        string heading = "Your latest change has errors, so this is the last version that built",
        string advice = "Fix these and save; the page reloads by itself. The published site is not affected.")
    {
        if (state.Errors.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        text.Append("\n<link rel=\"stylesheet\" href=\"").Append(StylesPath).Append("\">\n")
            .Append("<section id=\"councilsite-preview-errors\" role=\"alert\" aria-labelledby=\"councilsite-preview-errors-title\">\n")
            .Append("<h2 id=\"councilsite-preview-errors-title\">").Append(WebUtility.HtmlEncode(heading))
            .Append("</h2>\n<p>").Append(WebUtility.HtmlEncode(advice)).Append("</p>\n<ul>\n");
        var summary = MessageSummary.Of(state.Errors);
        foreach (var message in summary.Shown)
        {
            text.Append("<li><strong>").Append(message.IsError ? "Error" : "Warning").Append("</strong> in <code>")
                .Append(WebUtility.HtmlEncode(Where(message))).Append("</code>: ").Append(WebUtility.HtmlEncode(message.Message));
            if (message.Hint is { } hint)
            {
                text.Append("<br>").Append(WebUtility.HtmlEncode(hint));
            }

            text.Append("</li>\n");
        }

        foreach (var group in summary.LeftOut)
        {
            text.Append("<li>").Append(WebUtility.HtmlEncode(group.ToString())).Append("</li>\n");
        }

        return text.Append("</ul>\n</section>\n").ToString();
    }

    private static string Where(Diagnostic message) =>
        message.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{message.File} line {message.Line}") : message.File;

    private static string Script(PreviewState state) => string.Create(CultureInfo.InvariantCulture,
        $"<script src=\"{ScriptPath}\" data-version=\"{state.Version}\"></script>\n");
}
