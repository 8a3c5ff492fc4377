using Microsoft.Playwright;

namespace CouncilSite.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, driven by Playwright. The tests never download a browser: CI installs the
/// system package, and a machine without it fails loudly rather than skipping the checks.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags that keep the browser from reaching the internet on its own account, so any request seen came from the page.</summary>
    private static readonly string[] Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. The browser tests need it: run `apt-get install chromium` (as root) and test again.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
    }
}
