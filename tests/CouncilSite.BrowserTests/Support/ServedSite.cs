using CouncilSite.Build;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests.Support;

/// <summary>A small council a test writes, built, served on localhost and opened in Chromium; removed again at the end.</summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly string _base;
    private readonly BrowserSession _browser;

    private ServedSite(string @base, StaticServer server, BrowserSession browser)
    {
        _base = @base;
        Server = server;
        _browser = browser;
    }

    public StaticServer Server { get; }

    /// <summary>The built site's folder, for opening its pages from disk as from a USB stick.</summary>
    public string Output => Path.Combine(_base, "site");

    public IBrowser Browser => _browser.Browser;

    /// <param name="write">Writes the council's files into the folder it is given.</param>
    public static async Task<ServedSite> StartAsync(Action<string> write)
    {
        var @base = Path.Combine(Path.GetTempPath(), "councilsite-browser-tests", Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(@base, "council");
        Directory.CreateDirectory(folder);
        write(folder);
        var result = SiteBuilder.Build(new BuildOptions(folder, Path.Combine(@base, "site"), ExampleSite.Today));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return new ServedSite(@base, StaticServer.Start(Path.Combine(@base, "site")), await BrowserSession.StartAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        await Server.DisposeAsync();
        Directory.Delete(_base, recursive: true);
    }
}
