using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Datasets;

/// <summary>The example council's spending data, as residents see it.</summary>
public class ExampleSiteDataTests(ExampleSiteBuild example) : IClassFixture<ExampleSiteBuild>
{
    [Fact]
    public void The_example_spending_page_accounts_for_every_payment()
    {
        var csvRows = File.ReadAllLines(Path.Combine(example.Root, "example-site", "data", "spending-2025-26.csv")).Skip(1).Count(l => l.Length > 0);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(example.Output, "data/spending-2025-26/index.html")));

        Assert.Equal(csvRows, page.QuerySelector("#data-caption")!.ParentElement!.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(page.QuerySelector("svg.chart[role='img']"));
        Assert.DoesNotContain(example.Result.Diagnostics, d => d.File.StartsWith("data/", StringComparison.Ordinal));
    }
}
