using System.Text;
using System.Text.Json;

namespace CouncilSite.Tests.Sections.Datasets;

/// <summary>What a built site publishes for a dataset: its page and its table, listed on the open data page.</summary>
public class DataPagesTests
{
    [Fact]
    public void Control_characters_in_a_csv_never_reach_the_published_page_or_json()
    {
        using var site = SpendingSite.Create(Encoding.UTF8.GetBytes("Date,Supplier,Amount,Description\n08/04/2025,EDF\0\u001b,£1.50,Tea\u0007\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d is { Code: Diagnostics.DiagnosticCodes.CsvControlCharacters, File: "data/spending-2025-26.csv", Line: 2 });
        Assert.DoesNotContain(File.ReadAllText(Path.Combine(site.Output, "data/spending-2025-26/index.html")), c => c is '\0' or '\u001b' or '\u0007');
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/spending-2025-26.json")));
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal(("EDF", "Tea"), (row.GetProperty("Supplier").GetString(), row.GetProperty("Description").GetString()));
    }

    [Fact]
    public void The_dataset_page_shows_its_description_licence_and_an_accessible_table()
    {
        using var site = SpendingSite.Create();
        Assert.True(site.Build().Succeeded);
        var page = SpendingSite.Page(site, "data/spending-2025-26/index.html");

        Assert.Equal("Spending over £100, 2025-26", page.QuerySelector("h1")!.TextContent);
        var licence = page.QuerySelectorAll("a").First(a => a.TextContent == "Open Government Licence v3.0");
        Assert.Equal("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", licence.GetAttribute("href"));
        Assert.Contains("1 April 2025 to 31 March 2026", page.QuerySelector("main")!.TextContent);
        Assert.Contains("29 April 2026", page.QuerySelector("main")!.TextContent);

        var table = page.QuerySelector("#data-caption")!.ParentElement!;
        Assert.Equal("Spending over £100, 2025-26", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Date", "Supplier", "Amount paid", "Description"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal("num", table.QuerySelectorAll("thead th")[2].ClassName);
        var rows = table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Equal(["8 April 2025", "EDF Energy", "£1,234.50", "Electricity"], rows[0]);
        Assert.Equal(["9 May 2025", "REDACTED PERSONAL DATA", "-£12.00", "Refund"], rows[1]);
        Assert.Equal("Not available", rows[2][2]);
        Assert.Equal("num", table.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td")[2].ClassName);
    }

    [Fact]
    public void Spend_data_gets_totals_a_chart_with_a_text_alternative_and_a_table_of_the_same_figures()
    {
        using var site = SpendingSite.Create();
        Assert.True(site.Build().Succeeded);
        var page = SpendingSite.Page(site, "data/spending-2025-26/index.html");

        var svg = page.QuerySelector("svg.chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("April 2025 to May 2025", page.QuerySelector("#spend-chart-desc")!.TextContent);
        var months = page.QuerySelector("#months-caption")!.ParentElement!.QuerySelectorAll("tbody tr")
            .Select(tr => (tr.QuerySelector("th")!.TextContent, tr.QuerySelectorAll("td")[1].TextContent)).ToList();
        Assert.Equal([("April 2025", "£1,234.50"), ("May 2025", "-£12.00")], months);
        Assert.Contains("£1,222.50", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_open_data_page_links_each_dataset_to_its_page()
    {
        using var site = SpendingSite.Create();
        Assert.True(site.Build().Succeeded);

        var link = SpendingSite.Page(site, "data/index.html").QuerySelector("h2 a")!;
        Assert.Equal("Spending over £100, 2025-26", link.TextContent);
        Assert.Equal("spending-2025-26/index.html", link.GetAttribute("href"));
    }
}
