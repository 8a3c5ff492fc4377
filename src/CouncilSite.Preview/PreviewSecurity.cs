using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CouncilSite.Preview;

/// <summary>
/// What keeps the preview to the clerk's own browser. It answers only requests addressed to this
/// computer by name and port: a web page elsewhere that points its own name at 127.0.0.1 (DNS
/// rebinding) sends its own name as the Host and gets nothing. Every answer tells the browser not
/// to guess content types, not to show the preview inside another site's frame, not to send the
/// address on, and to run only the preview's own files: the site has no inline scripts and only the
/// inline stylesheet <see cref="Policy"/> names (a clerk's HTML may hold neither), so a script that
/// slipped into a page would not run.
/// </summary>
public static class PreviewSecurity
{
    private static readonly string[] OwnNames = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>True for a Host of 127.0.0.1, localhost or [::1] with the preview's port (a browser leaves out port 80).</summary>
    public static bool IsOwnHost(HostString host, int port) =>
        OwnNames.Contains(host.Host, StringComparer.OrdinalIgnoreCase) && (host.Port ?? 80) == port;

    /// <summary>The answer to a request for another host: a short plain message, nothing of the site.</summary>
    public static byte[] OtherHostMessage(int port) =>
        Encoding.UTF8.GetBytes($"This preview answers only at http://127.0.0.1:{port}/ (or localhost:{port}).\n");

    /// <summary>Headers on every answer; the Content-Security-Policy on all but PDFs, see <see cref="Policy"/>.</summary>
    public static void AddHeaders(HttpResponse response, string contentType, ReadOnlySpan<byte> body)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";

        // A browser's own PDF viewer draws the file inside a page the policy would apply to, and some refuse to under it;
        // a PDF's scripts run in the viewer, never in the preview's pages.
        if (!contentType.StartsWith("application/pdf", StringComparison.Ordinal))
        {
            headers.ContentSecurityPolicy = Policy(contentType.StartsWith("text/html", StringComparison.Ordinal) ? body : default);
        }
    }

    /// <summary>
    /// Nothing but the preview's own files, with one exception, allowed by the hash of its exact text
    /// so that no other inline style is: the theme's 404 page, which carries the site's stylesheet in
    /// a <c>&lt;style&gt;</c> element so it is styled at any depth. The site writes no style
    /// attribute (a Markdown table's aligned columns have classes; a clerk's style attributes are
    /// removed). Only the page's head is looked at: a clerk's <c>&lt;style&gt;</c> stops the build,
    /// and a page's body never carries one.
    /// </summary>
    public static string Policy(ReadOnlySpan<byte> html)
    {
        var styles = new StringBuilder("'self'");
        foreach (var style in HeadStyles(Encoding.UTF8.GetString(html)))
        {
            styles.Append(' ').Append(Hash(style));
        }

        return $"default-src 'none'; script-src 'self'; style-src {styles}; img-src 'self'; font-src 'self'; media-src 'self'; " +
               "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    private static IEnumerable<string> HeadStyles(string html)
    {
        var head = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var end = head < 0 ? html.Length : head;
        for (var open = html.IndexOf("<style>", 0, end, StringComparison.OrdinalIgnoreCase); open >= 0;
             open = html.IndexOf("<style>", open + 1, end - open - 1, StringComparison.OrdinalIgnoreCase))
        {
            var start = open + "<style>".Length;
            var close = html.IndexOf("</style>", start, end - start, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                yield break;
            }

            yield return html[start..close];
        }
    }
}
