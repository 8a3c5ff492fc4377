using CouncilSite.BrowserTests.Support;

namespace CouncilSite.BrowserTests;

/// <summary>
/// Residents read council pages on old phones and rural connections: a typical page and its
/// stylesheet together stay under 30 KB, before compression.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class PageWeightTests(ExampleSite site)
{
    private const int Budget = 30 * 1024;

    [BrowserFact]
    public void Typical_pages_with_their_stylesheet_stay_under_30_KB()
    {
        var css = new FileInfo(Path.Combine(site.Output, "assets", "style.css")).Length;
        var weights = new[] { LayoutSamples.Home, LayoutSamples.Meeting, LayoutSamples.Policies, LayoutSamples.Councillor }
            .Select(layout => site.Samples[layout])
            .Select(page => (Page: page, Bytes: new FileInfo(Path.Combine(site.Output, page)).Length + css))
            .ToList();

        var report = string.Join(Environment.NewLine, weights.Select(w => $"{w.Page}: {w.Bytes:N0} bytes with style.css ({css:N0})"));
        Assert.True(weights.All(w => w.Bytes < Budget), $"Budget {Budget:N0} bytes exceeded:{Environment.NewLine}{report}");
    }
}
