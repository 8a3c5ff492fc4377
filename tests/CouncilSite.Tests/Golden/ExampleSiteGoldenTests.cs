using System.Text;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Golden;

/// <summary>
/// Golden tests: pages and files of the example council as they are expected, byte for byte, so
/// any change to what residents and re-users get is seen in review. After a deliberate change, run
/// the tests with COUNCILSITE_UPDATE_GOLDEN=1 to rewrite Golden/expected, and read the difference
/// before committing it.
/// </summary>
public class ExampleSiteGoldenTests(ExampleSiteBuild example) : IClassFixture<ExampleSiteBuild>
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("meetings/index.html")]
    [InlineData("meetings/2026-11-19-full-council/index.html")]
    [InlineData("meetings/2026-11-19-full-council/minutes/index.html")]
    [InlineData("meetings/2025-08-06-planning/index.html")]
    [InlineData("committees/planning/index.html")]
    [InlineData("decisions/index.html")]
    [InlineData("decisions/planning/index.html")]
    [InlineData("policies/index.html")]
    [InlineData("councillors/margaret-ellison/index.html")]
    [InlineData("accessibility/index.html")]
    [InlineData("transparency/index.html")]
    [InlineData("data/spending-2025-26/index.html")]
    [InlineData("404.html")]
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
    public void Example_site_output_matches_its_golden_copy(string path)
    {
        Assert.True(example.Result.Succeeded, string.Join("\n", example.Result.Diagnostics));
        var actual = File.ReadAllBytes(Path.Combine(example.Output, path));
        var golden = Path.Combine(example.Root, "tests", "CouncilSite.Tests", "Golden", "expected", path);
        if (Environment.GetEnvironmentVariable("COUNCILSITE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllBytes(golden, actual);
        }

        Assert.True(File.Exists(golden), $"No golden copy of {path}; run the tests with COUNCILSITE_UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(golden)), Encoding.UTF8.GetString(actual));
    }
}
