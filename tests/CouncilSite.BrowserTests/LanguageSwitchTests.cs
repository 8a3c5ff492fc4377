using System.Text.RegularExpressions;
using CouncilSite.BrowserTests.Support;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// The link to the same page in the other language: named in that language, in its own voice,
/// working with JavaScript off and from a USB stick, and on a 320 px phone a visible, separate
/// tab stop just after the council's name.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class LanguageSwitchTests(ExampleSite site)
{
    private const string WelshAbout = "cy/about/index.html";
    private const string EnglishAbout = "about/index.html";

    /// <summary>The address is enough: waiting for every image to load as well only slows the test on a busy machine.</summary>
    private static readonly PageWaitForURLOptions Arrived = new() { WaitUntil = WaitUntilState.Commit };

    [BrowserTheory]
    [InlineData(WelshAbout, "en", "English", EnglishAbout)]
    [InlineData(EnglishAbout, "cy", "Cymraeg", WelshAbout)]
    [InlineData("cy/meetings/2026-11-19-full-council/minutes/index.html", "en", "English", "meetings/2026-11-19-full-council/minutes/index.html")]
    [InlineData("news/index.html", "cy", "Cymraeg", "cy/news/index.html")]
    public async Task The_switch_names_the_other_language_in_that_language(string htmlPage, string language, string name, string target)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, htmlPage);

        var links = page.Locator("header nav.language-switch a");
        Assert.Equal(1, await links.CountAsync());
        var link = links.First;
        Assert.Equal(name, (await link.TextContentAsync())?.Trim());
        Assert.Equal(language, await link.GetAttributeAsync("lang"));
        Assert.Equal(language, await link.GetAttributeAsync("hreflang"));
        Assert.Equal(site.UrlOf(target), Folder(await link.EvaluateAsync<string>("a => a.href")));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("header nav.language-switch").GetAttributeAsync("aria-label")),
            $"{htmlPage}: the language switch's landmark has no name");
    }

    [BrowserTheory]
    [InlineData("served")]
    [InlineData("from disk")]
    public async Task The_switch_goes_there_and_back_without_javascript(string how)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        var disk = new Uri(site.Output + Path.DirectorySeparatorChar);
        string AddressOf(string htmlPage) => how == "served" ? site.UrlOf(htmlPage) : new Uri(disk, htmlPage).AbsoluteUri;

        await page.GotoAsync(AddressOf(WelshAbout));
        await page.Locator("header .language-switch a").ClickAsync();
        await page.WaitForURLAsync(url => Folder(url) == AddressOf(EnglishAbout), Arrived);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", new Regex("^en"));
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();

        await page.Locator("header .language-switch a").ClickAsync();
        await page.WaitForURLAsync(url => Folder(url) == AddressOf(WelshAbout), Arrived);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
    }

    [BrowserTheory]
    [InlineData(WelshAbout, 320)]
    [InlineData(EnglishAbout, 320)]
    [InlineData(WelshAbout, 1280)]
    public async Task The_switch_is_a_separate_visible_tab_stop_after_the_name(string htmlPage, int width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 640 } });
        var page = await context.NewPageAsync();
        await site.OpenAsync(page, htmlPage);

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{htmlPage} is {scrollWidth} px wide at {width} px");

        var stops = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await page.EvaluateAsync<string>("""
                () => {
                  const e = document.activeElement;
                  return e.matches('.skip-link') ? 'skip link' : e.matches('.site-name') ? 'site name'
                    : e.matches('.language-switch a') ? 'language switch' : e.matches('.site-search input') ? 'search' : e.outerHTML.slice(0, 80);
                }
                """));
            if (stops[^1] == "language switch")
            {
                var looksFocused = await page.EvaluateAsync<bool>("() => getComputedStyle(document.activeElement).backgroundColor !== getComputedStyle(document.activeElement.closest('header')).backgroundColor");
                Assert.True(looksFocused, $"{htmlPage} at {width} px: the language switch has the focus but does not look focused");
            }
        }

        Assert.Equal(["skip link", "site name", "language switch", "search"], stops);

        var link = await page.Locator(".language-switch a").BoundingBoxAsync();
        Assert.True(link is { Width: >= 24, Height: >= 24 } && link.X >= 0 && link.X + link.Width <= width,
            $"{htmlPage} at {width} px: the language switch is not a whole 24 by 24 px target on screen: {link?.X}, {link?.Width} by {link?.Height}");
        Assert.True(await page.Locator(".language-switch a").IsVisibleAsync(), $"{htmlPage} at {width} px: the language switch is hidden");
        foreach (var other in new[] { ".site-name", ".site-search" })
        {
            var box = await page.Locator(other).BoundingBoxAsync();
            Assert.True(box is not null && !Overlap(link!, box),
                $"{htmlPage} at {width} px: the language switch ({link!.X}, {link.Y}, {link.Width} by {link.Height}) overlaps {other} ({box?.X}, {box?.Y}, {box?.Width} by {box?.Height})");
        }
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    /// <summary>A page's address as <see cref="ExampleSite.UrlOf"/> writes it: a folder's <c>index.html</c> by the folder, when served.</summary>
    private static string Folder(string url) =>
        url.StartsWith("http", StringComparison.Ordinal) && url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"index.html".Length] : url;
}
