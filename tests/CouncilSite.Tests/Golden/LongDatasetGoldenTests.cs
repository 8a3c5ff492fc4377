using System.Globalization;
using System.Text;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Golden;

/// <summary>
/// The one layout the example council never uses: a dataset too long for one page goes on to
/// further pages (layouts/dataset-page.html). Its golden copy, under Golden/expected-long-dataset,
/// holds the page's own part as <see cref="ExampleSiteGoldenTests"/> does.
/// </summary>
public class LongDatasetGoldenTests
{
    // Three columns make 650 rows a page, so 652 rows leave two for the second page.
    private const int Rows = 652;

    [Fact]
    public void A_second_page_of_a_dataset_matches_its_golden_copy()
    {
        var csv = new StringBuilder("Light,Street,Wattage\n");
        for (var i = 1; i <= Rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"SL{i:000},{(i % 2 == 0 ? "Church Lane" : "The Street")},{(i % 3 == 0 ? 35 : 18)}\n");
        }

        using var site = new TempSite(
            ("data/street-lights.csv", csv.ToString()),
            ("data/street-lights.yml", """
                title: Street lights maintained by the council
                licence: OGL-UK-3.0
                """));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        const string path = "data/street-lights/page-2/index.html";
        var html = File.ReadAllText(Path.Combine(site.Output, path), Encoding.UTF8);
        GoldenFile.AssertMatches("expected-long-dataset", path, FramedPage.Cut(path, html).Own);
    }
}
