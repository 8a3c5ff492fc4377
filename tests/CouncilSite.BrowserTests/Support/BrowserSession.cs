using Microsoft.Playwright;

namespace CouncilSite.BrowserTests.Support;

/// <summary>Playwright and Debian's Chromium, started and closed together.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            return new BrowserSession(playwright, await Chromium.LaunchAsync(playwright));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
