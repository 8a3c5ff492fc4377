using System.Collections.Concurrent;
using CouncilSite.BrowserTests.Support;
using CouncilSite.Preview;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// The preview's Content-Security-Policy forbids inline script and style. Every page of the
/// example site, the 404 page and the error banner must still work under it: the browser refuses
/// nothing, the reload script runs, and the banner is styled.
/// </summary>
public sealed class PreviewPolicyTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "councilsite-browser-tests", Guid.NewGuid().ToString("N"));
    private PreviewServer? _server;
    private BrowserSession? _browser;

    private PreviewServer Server => _server!;

    public async Task InitializeAsync()
    {
        // A copy, as one test breaks a file to see the banner.
        Copy(ExampleSite.ExampleSiteFolder(), _folder);
        _server = await PreviewServer.StartAsync(_folder, port: 0, ExampleSite.Today, TextWriter.Null);
        Assert.True(_server.State.Errors.Count == 0 && _server.State.Site.Count > 0, "The example site did not build in the preview");
        _browser = await BrowserSession.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [BrowserFact]
    public async Task No_page_of_the_preview_breaks_its_content_security_policy()
    {
        var (page, refused, requests) = await OpenTabAsync();
        var addresses = Server.State.Site.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html")
            .Select(p => p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)
            .Append("no/such/page/")
            .ToList();
        foreach (var address in addresses)
        {
            var response = await page.GotoAsync(new Uri(Server.Address, address).ToString());
            Assert.True(response is { Status: 200 or 404 }, $"/{address} answered {response?.Status.ToString() ?? "nothing"}");
            Assert.Contains("Content-Security-Policy".ToLowerInvariant(), response!.Headers.Keys);
        }

        Assert.True(refused.IsEmpty, "The browser refused under the preview's policy:" + Environment.NewLine + string.Join(Environment.NewLine, refused.Distinct()));
        Assert.Contains(requests, url => url.Contains(PreviewPages.EventsPath, StringComparison.Ordinal));

        // The 404 page's inline stylesheet was applied, not refused: its skip link is moved off screen.
        await page.GotoAsync(new Uri(Server.Address, "no/such/page/").ToString());
        Assert.NotEqual("static", await page.Locator(".skip-link").EvaluateAsync<string>("e => getComputedStyle(e).position"));
    }

    [BrowserFact]
    public async Task The_error_banner_is_styled_and_the_page_reloads_itself_under_the_policy()
    {
        var (page, refused, _) = await OpenTabAsync();
        await page.GotoAsync(Server.Address.ToString());
        var version = Server.State.Version;
        var reloaded = page.WaitForLoadStateAsync(LoadState.Load);
        File.AppendAllText(Path.Combine(_folder, "pages", "index.md"), "\n\nSee [the plan](/plans/gone/).\n");
        await Server.WaitForBuildAfterAsync(version, Wait);

        var banner = page.Locator("#councilsite-preview-errors");
        await banner.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
        await reloaded;
        Assert.Equal("rgb(176, 0, 32)", await banner.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor"));
        Assert.True(refused.IsEmpty, "The browser refused under the preview's policy:" + Environment.NewLine + string.Join(Environment.NewLine, refused.Distinct()));
    }

    /// <summary>A tab that records what the browser refused under the policy, and every address it asked for.</summary>
    private async Task<(IPage Page, ConcurrentQueue<string> Refused, ConcurrentQueue<string> Requests)> OpenTabAsync()
    {
        var context = await _browser!.Browser.NewContextAsync();
        context.SetDefaultTimeout((float)Wait.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var refused = new ConcurrentQueue<string>();
        var requests = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        page.Request += (_, request) => requests.Enqueue(request.Url);
        return (page, refused, requests);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
