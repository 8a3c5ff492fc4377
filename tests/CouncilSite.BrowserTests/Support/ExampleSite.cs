using System.Text.RegularExpressions;
using CouncilSite.Build;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests.Support;

[CollectionDefinition(Name)]
public sealed class ExampleSiteCollection : ICollectionFixture<ExampleSite>
{
    public const string Name = "Example site in Chromium";
}

/// <summary>
/// The example site built once, served from a sub-folder on loopback, with one Chromium for
/// the whole run. Each test opens its own browser context, so cookies, cache and settings such
/// as a disabled JavaScript never leak from one test to the next.
/// </summary>
public sealed class ExampleSite : IAsyncLifetime
{
    /// <summary>The date the site is built as, so meeting statuses and overdue reviews never drift with the calendar.</summary>
    public static readonly DateOnly Today = new(2026, 11, 27);

    private readonly string _base = Path.Combine(Path.GetTempPath(), "councilsite-browser-tests", Guid.NewGuid().ToString("N"));
    private StaticServer? _server;
    private BrowserSession? _browser;

    public string Output => Path.Combine(_base, "site");

    public StaticServer Server => _server ?? throw new InvalidOperationException("The example site is not being served yet.");

    /// <summary>Every HTML file of the output, relative with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> HtmlPages { get; private set; } = [];

    public LayoutSamples Samples { get; private set; } = null!;

    private readonly IMessageSink _diagnostics;

    public ExampleSite(IMessageSink diagnostics) => _diagnostics = diagnostics;

    public async Task InitializeAsync()
    {
        // xunit makes a fixture even when every test that uses it is skipped.
        if (Chromium.SkipReason is { } reason)
        {
            _diagnostics.OnMessage(new Xunit.Sdk.DiagnosticMessage(reason));
            return;
        }

        var result = SiteBuilder.Build(new BuildOptions(ExampleSiteFolder(), Output, Today));
        Assert.True(result.Succeeded,
            "The example site did not build:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.IsError)));

        HtmlPages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Samples = LayoutSamples.From(HtmlPages);
        _server = StaticServer.Start(Output);
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

        if (Directory.Exists(_base))
        {
            Directory.Delete(_base, recursive: true);
        }
    }

    /// <summary>The address a resident would use for an output file: a folder's <c>index.html</c> by the folder.</summary>
    public string UrlOf(string htmlPage)
    {
        var path = htmlPage == "index.html" ? "" : htmlPage.EndsWith("/index.html", StringComparison.Ordinal) ? htmlPage[..^"index.html".Length] : htmlPage;
        return new Uri(Server.Address, path).ToString();
    }

    /// <summary>Whether a URL the browser asked for is served by this site rather than another host.</summary>
    public bool IsLocal(string url) => url.StartsWith(Server.Origin + "/", StringComparison.Ordinal);

    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) => NewContextAsync(Server, options);

    /// <summary>A browser context whose requests may reach only <paramref name="server"/>: another server of this output, e.g. one sending other headers.</summary>
    public async Task<IBrowserContext> NewContextAsync(StaticServer server, BrowserNewContextOptions? options = null)
    {
        var browser = _browser?.Browser ?? throw new InvalidOperationException("Chromium has not been launched yet.");
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);

        // Requests to other hosts are cut off so no test waits on a network that CI may not have;
        // the request is still seen (and failed) by the test that forbids them. The pattern is
        // matched inside the browser driver, so the site's own requests are never held up. Files
        // pass, for the tests of the site opened from disk.
        await context.RouteAsync(new Regex("^(?!" + Regex.Escape(server.Origin + "/") + "|file:)"), route => route.AbortAsync());
        return context;
    }

    /// <summary>Opens one output page and fails unless the server answered it with 200.</summary>
    public async Task OpenAsync(IPage page, string htmlPage)
    {
        var response = await page.GotoAsync(UrlOf(htmlPage));
        Assert.True(response is { Status: 200 }, $"{htmlPage} answered {response?.Status.ToString() ?? "nothing"}");
    }

    internal static string ExampleSiteFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CouncilSite.sln")))
            {
                return Path.Combine(folder.FullName, "example-site");
            }
        }

        throw new InvalidOperationException($"No CouncilSite.sln above {AppContext.BaseDirectory}; the browser tests build the repository's example-site.");
    }
}
