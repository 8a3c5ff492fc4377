using Microsoft.Playwright;

namespace CouncilSite.BrowserTests.Support;

/// <summary>
/// Debian's Chromium, driven by Playwright. The tests never download a browser: CI installs the
/// system package. Off CI, a machine without it reports the browser tests skipped with the
/// command that installs it, so the README's test command passes on a fresh machine; under
/// <c>CI=true</c> they never skip, and a missing browser fails them.
/// </summary>
public static class Chromium
{
    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>Names another Chromium to test with (a developer's own build, or a missing path to see the skip).</summary>
    public const string PathVariable = "COUNCILSITE_CHROMIUM";

    public const string InstallCommand = "sudo apt-get install chromium";

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

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DebianPath;

    /// <summary>Why the browser tests are skipped on this machine, or null when they run.</summary>
    public static string? SkipReason => SkipReasonFor(ExecutablePath, Environment.GetEnvironmentVariable("CI"));

    /// <param name="ci">The CI variable: "true" on a CI machine, where the tests never skip.</param>
    public static string? SkipReasonFor(string executablePath, string? ci) =>
        File.Exists(executablePath) || string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Chromium was not found at {executablePath}. To run the browser tests, install it ({InstallCommand}) and test again.";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var path = ExecutablePath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {path}. The browser tests need it under CI=true: run `{InstallCommand}` and test again.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = Args,
        });
    }
}
