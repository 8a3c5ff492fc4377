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
    public void Example_page_matches_its_golden_copy(string path) =>
        AssertGolden(path, FramedPage.Cut(path, Read(path)).Own);

    [Fact]
    public void Example_site_frame_matches_its_golden_copy()
    {
        var home = FramedPage.Cut("index.html", Read("index.html"));
        AssertGolden(FrameGolden, home.Frame);
    }

    // Compared with the home page as built, not with the golden file, so a rewrite of the golden
    // copy and this comparison never depend on the order the tests run in.
    [Fact]
    public void Every_example_page_has_the_home_page_frame()
    {
        var home = FramedPage.Cut("index.html", Read("index.html")).Normalised("index.html");
        var pages = Directory.EnumerateFiles(example.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(example.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(pages.Count > 100, $"Only {pages.Count} pages were built");
        foreach (var path in pages)
        {
            var frame = FramedPage.Cut(path, Read(path)).Normalised(path);
            Assert.True(frame == home, $"{path}: its frame differs from the home page's:\n{frame}");
        }
    }

    [Theory]
    [InlineData("sitemap.xml")]
    [InlineData("meetings/calendar.ics")]
    [InlineData("committees/planning/calendar.ics")]
    [InlineData("news/feed.xml")]
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
