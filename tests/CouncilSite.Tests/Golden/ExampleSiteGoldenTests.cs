using System.Text;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Golden;

/// <summary>
/// Golden tests: pages and files of the example council as they are expected, byte for byte, so
/// any change to what residents and re-users get is seen in review. A page's golden copy holds
/// the page without the frame every page shares (skip link, site header and navigation, footer:
/// see <see cref="FramedPage"/>); the frame has one golden copy, expected/_frame.html, as the
/// home page shows it, and every page's frame must equal the home page's but for its current
/// navigation item and the form of its links. So a change to the navigation or footer rewrites
/// one golden file, not every page's. Feeds, calendars, JSON and the sitemap are compared whole.
/// After a deliberate change, run the tests with COUNCILSITE_UPDATE_GOLDEN=1 to rewrite
/// Golden/expected, and read the difference before committing it.
/// </summary>
public class ExampleSiteGoldenTests(ExampleSiteBuild example) : IClassFixture<ExampleSiteBuild>
{
    private const string FrameGolden = "_frame.html";

    /// <summary>A page of each layout in themes/default/layouts the example council uses, named after it.</summary>
    [Theory]
    [InlineData("index.html")] // home
    [InlineData("meetings/index.html")] // meetings
    [InlineData("meetings/2026/index.html")] // meetings-year
    [InlineData("meetings/2026-11-19-full-council/index.html")] // meeting, with minutes
    [InlineData("meetings/2026-11-19-full-council/agenda/index.html")] // meeting-document, an agenda
    [InlineData("meetings/2026-11-19-full-council/minutes/index.html")] // meeting-document, draft minutes
    [InlineData("meetings/2025-08-06-planning/index.html")] // meeting, cancelled
    [InlineData("committees/index.html")] // committees
    [InlineData("committees/planning/index.html")] // committee
    [InlineData("decisions/index.html")] // decisions
    [InlineData("decisions/planning/index.html")] // decisions-committee
    [InlineData("decisions/2025/index.html")] // decisions-year
    [InlineData("policies/index.html")] // policies
    [InlineData("policies/standing-orders/index.html")] // policy
    [InlineData("councillors/index.html")] // councillors
    [InlineData("councillors/margaret-ellison/index.html")] // councillor
    [InlineData("news/index.html")] // news-list
    [InlineData("news/2026-11-21-local-plan-consultation/index.html")] // news-item
    [InlineData("documents/index.html")] // documents
    [InlineData("about/index.html")] // page, a free page in the navigation
    [InlineData("accessibility/index.html")] // accessibility
    [InlineData("transparency/index.html")] // transparency
    [InlineData("data/index.html")] // data
    [InlineData("data/spending-2025-26/index.html")] // dataset
    [InlineData("404.html")] // 404
    [InlineData("cy/index.html")] // home, in Welsh with its Welsh introduction
    [InlineData("cy/about/index.html")] // page, a Welsh translation
    [InlineData("cy/meetings/2026-01-15-full-council/minutes/index.html")] // meeting-document, Welsh minutes
    [InlineData("cy/decisions/index.html")] // decisions, in Welsh
    [InlineData("cy/policies/standing-orders/index.html")] // policy, not translated: English text in a Welsh page
    [InlineData("cy/news/index.html")] // news-list, in Welsh
    public void Example_page_matches_its_golden_copy(string path) =>
        AssertGolden(path, FramedPage.Cut(path, Read(path)).Own);

    /// <summary>Each language's frame, as its home page shows it: the Welsh one has the Welsh navigation and a switch to English.</summary>
    [Theory]
    [InlineData("index.html", FrameGolden)]
    [InlineData("cy/index.html", "cy/" + FrameGolden)]
    public void Example_site_frame_matches_its_golden_copy(string home, string golden) =>
        AssertGolden(golden, FramedPage.Cut(home, Read(home)).Frame);

    // Compared with the home page as built, not with the golden file, so a rewrite of the golden
    // copy and this comparison never depend on the order the tests run in. A Welsh page's frame is
    // the Welsh home page's; and every page's language switch leads to the page itself in the other language.
    [Fact]
    public void Every_example_page_has_its_language_home_page_frame()
    {
        var homes = new[] { "index.html", "cy/index.html" }.ToDictionary(h => h, h => FramedPage.Cut(h, Read(h)).Normalised(h, WelshPrefix));
        var pages = Directory.EnumerateFiles(example.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(example.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count(p => p.StartsWith("cy/", StringComparison.Ordinal)) > 100, $"Only {pages.Count} pages were built");
        foreach (var path in pages)
        {
            var home = path.StartsWith("cy/", StringComparison.Ordinal) ? "cy/index.html" : "index.html";
            var frame = FramedPage.Cut(path, Read(path)).Normalised(path, WelshPrefix);
            Assert.True(frame == homes[home], $"{path}: its frame differs from {home}'s:\n{frame}");
        }
    }

    private const string WelshPrefix = "/cy";

    [Theory]
    [InlineData("sitemap.xml")]
    [InlineData("meetings/calendar.ics")]
    [InlineData("committees/planning/calendar.ics")]
    [InlineData("news/feed.xml")]
    [InlineData("cy/news/feed.xml")]
    [InlineData("meetings/feed.xml")]
    [InlineData("documents/feed.xml")]
    [InlineData("api/popolo.json")]
    [InlineData("data.json")]
    [InlineData("datapackage.json")]
    [InlineData("data/spending-2025-26.csv-metadata.json")]
    [InlineData("data/asset-register-2026.csv-metadata.json")]
    public void Example_file_matches_its_golden_copy(string path) => AssertGolden(path, Read(path));

    private string Read(string path)
    {
        Assert.True(example.Result.Succeeded, string.Join("\n", example.Result.Diagnostics));
        return Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(example.Output, path)));
    }

    private static void AssertGolden(string path, string actual) => GoldenFile.AssertMatches("expected", path, actual);
}
