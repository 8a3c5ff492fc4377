using CouncilSite.BrowserTests.Support;

namespace CouncilSite.BrowserTests;

/// <summary>
/// The README's test command passes on a fresh machine without Chromium, saying how to run the
/// browser tests; CI never skips them. These run with or without a browser.
/// </summary>
public sealed class ChromiumSkipTests
{
    private const string Missing = "/nonexistent/councilsite-tests/chromium";

    [Fact]
    public void Without_chromium_the_browser_tests_are_skipped_with_the_command_that_installs_it()
    {
        var reason = Chromium.SkipReasonFor(Missing, ci: null);
        Assert.NotNull(reason);
        Assert.Contains(Missing, reason);
        Assert.Contains("sudo apt-get install chromium", reason);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    public void Under_ci_the_browser_tests_never_skip(string ci) =>
        Assert.Null(Chromium.SkipReasonFor(Missing, ci));

    [Fact]
    public void With_chromium_the_browser_tests_run()
    {
        var browser = Path.GetTempFileName();
        try
        {
            Assert.Null(Chromium.SkipReasonFor(browser, ci: null));
        }
        finally
        {
            File.Delete(browser);
        }
    }
}
