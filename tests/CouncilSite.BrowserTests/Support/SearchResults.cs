using Microsoft.Playwright;

namespace CouncilSite.BrowserTests.Support;

/// <summary>One result of the search page: its title, and its link resolved to a file of the site (<c>meetings/x/minutes/#decision-c083-26</c>).</summary>
public sealed record SearchResult(string Title, string Target);

/// <summary>Reads the search page (the DOM contract in SEARCH.md) once a query's results are shown.</summary>
public static class SearchResults
{
    /// <summary>Waits until the status line reports <paramref name="query"/> and the list is drawn, then reads both.</summary>
    /// <param name="siteRoot">The site's own address (the server's folder, or the output folder's file:// URL), which each link is made relative to.</param>
    public static async Task<(string Status, IReadOnlyList<SearchResult> Results)> ReadAsync(IPage page, string query, Uri siteRoot)
    {
        await page.WaitForFunctionAsync(
            """
            q => {
              const status = document.getElementById('search-status');
              const list = document.getElementById('search-results');
              return status !== null && list !== null && status.textContent.includes(q)
                && (list.children.length > 0 || /\bno\b/i.test(status.textContent));
            }
            """, query);
        var status = (await page.Locator("#search-status").TextContentAsync() ?? "").Trim();
        var links = await page.Locator("#search-results > li").EvaluateAllAsync<string[][]>(
            "items => items.map(li => { const a = li.querySelector('a'); return [a ? a.textContent.trim() : '', a ? a.href : '']; })");
        return (status, links.Select(l => new SearchResult(l[0], TargetOf(l[1], siteRoot))).ToList());
    }

    /// <summary>An address relative to the site's root, a folder's <c>index.html</c> written as the folder.</summary>
    public static string TargetOf(string absolute, Uri siteRoot)
    {
        var root = siteRoot.AbsoluteUri.EndsWith('/') ? siteRoot.AbsoluteUri : siteRoot.AbsoluteUri + "/";
        if (!absolute.StartsWith(root, StringComparison.Ordinal))
        {
            return absolute;
        }

        var relative = absolute[root.Length..];
        var hash = relative.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (relative, "") : (relative[..hash], relative[hash..]);
        path = path.Split('?')[0];
        if (path == "index.html" || path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            path = path[..^"index.html".Length];
        }

        return Uri.UnescapeDataString(path) + fragment;
    }
}
