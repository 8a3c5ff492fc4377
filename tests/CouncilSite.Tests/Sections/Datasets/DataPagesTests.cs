using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Datasets;

/// <summary>What a built site publishes for a dataset: its page, its table, its downloads and its metadata.</summary>
public class DataPagesTests
{
    private const string Spend = "Date,Supplier,Amount,Description,,\n08/04/2025,EDF Energy,\"£1,234.50\",Electricity,,\n09/05/2025,REDACTED PERSONAL DATA,(12.00),Refund,,\n10/05/2025,Mower Ltd,#N/A,Grass,,\n";

    private const string SpendYml = """
        title: Spending over £100, 2025-26
        description: Every payment over £100.
        period:
          start: 2025-04-01
          end: 2026-03-31
        schema: spend
        updated: 2026-04-29
        columns:
          Amount:
            title: Amount paid
            description: Net of VAT.
        """;

    private static TempSite Site(byte[]? csv = null, string siteYml = TempSite.SiteYml) =>
        new TempSite(("site.yml", siteYml), ("data/spending-2025-26.yml", SpendYml)).With("data/spending-2025-26.csv", csv ?? Encoding.UTF8.GetBytes(Spend));

    private static AngleSharp.Html.Dom.IHtmlDocument Page(TempSite site, string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));

    [Fact]
    public void Control_characters_in_a_csv_never_reach_the_published_page_or_json()
    {
        using var site = Site(Encoding.UTF8.GetBytes("Date,Supplier,Amount,Description\n08/04/2025,EDF\0\u001b,£1.50,Tea\u0007\n"));
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
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var page = Page(site, "data/spending-2025-26/index.html");

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
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var page = Page(site, "data/spending-2025-26/index.html");

        var svg = page.QuerySelector("svg.chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("April 2025 to May 2025", page.QuerySelector("#spend-chart-desc")!.TextContent);
        var months = page.QuerySelector("#months-caption")!.ParentElement!.QuerySelectorAll("tbody tr")
            .Select(tr => (tr.QuerySelector("th")!.TextContent, tr.QuerySelectorAll("td")[1].TextContent)).ToList();
        Assert.Equal([("April 2025", "£1,234.50"), ("May 2025", "-£12.00")], months);
        Assert.Contains("£1,222.50", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_downloads_are_the_original_csv_json_with_typed_values_and_csv_on_the_web_metadata()
    {
        var original = Encoding.Latin1.GetBytes("Date,Supplier,Amount,Description\n08/04/2025,Caf\u00e9,\u00a31.50,Tea\n");
        using var site = Site(original);
        Assert.True(site.Build().Succeeded);

        Assert.Equal(original, File.ReadAllBytes(Path.Combine(site.Output, "data/spending-2025-26.csv")));

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/spending-2025-26.json")));
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal("2025-04-08", row.GetProperty("Date").GetString());
        Assert.Equal("Café", row.GetProperty("Supplier").GetString());
        Assert.Equal(1.50m, row.GetProperty("Amount").GetDecimal());

        using var csvw = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/spending-2025-26.csv-metadata.json")));
        var root = csvw.RootElement;
        Assert.Equal("http://www.w3.org/ns/csvw", root.GetProperty("@context")[0].GetString());
        Assert.Equal("https://www.littlebramford-pc.gov.uk/data/spending-2025-26.csv", root.GetProperty("url").GetString());
        Assert.Equal("Spending over £100, 2025-26", root.GetProperty("dc:title").GetString());
        Assert.Equal("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", root.GetProperty("dc:license").GetProperty("@id").GetString());
        Assert.Equal("Little Bramford Parish Council", root.GetProperty("dc:publisher").GetString());
        Assert.Equal("windows-1252", root.GetProperty("dialect").GetProperty("encoding").GetString());
        var columns = root.GetProperty("tableSchema").GetProperty("columns");
        Assert.Equal("Date", columns[0].GetProperty("titles").GetString());
        Assert.Equal("dd/MM/yyyy", columns[0].GetProperty("datatype").GetProperty("format").GetString());
        Assert.Equal("string", columns[2].GetProperty("datatype").GetString());
    }

    [Fact]
    public void Plain_amounts_are_declared_as_decimals_and_null_markers_are_listed()
    {
        using var site = Site(Encoding.UTF8.GetBytes("Date,Supplier,Amount,Description,,\n2025-04-08,EDF,\"1,234.50\",Power,,\n2025-04-09,SSE,#N/A,Power,,\n"));
        Assert.True(site.Build().Succeeded);

        using var csvw = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/spending-2025-26.csv-metadata.json")));
        var columns = csvw.RootElement.GetProperty("tableSchema").GetProperty("columns");
        Assert.Equal(6, columns.GetArrayLength());
        Assert.Equal("yyyy-MM-dd", columns[0].GetProperty("datatype").GetProperty("format").GetString());
        Assert.Equal("decimal", columns[2].GetProperty("datatype").GetProperty("base").GetString());
        Assert.Equal(",", columns[2].GetProperty("datatype").GetProperty("format").GetProperty("groupChar").GetString());
        Assert.Equal(["", "#N/A"], columns[2].GetProperty("null").EnumerateArray().Select(e => e.GetString()));
        Assert.True(columns[5].GetProperty("suppressOutput").GetBoolean());
    }

    [Fact]
    public void The_site_has_one_data_package_a_dcat_catalogue_and_json_ld_on_each_dataset_page()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);

        using var package = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "datapackage.json")));
        var resource = Assert.Single(package.RootElement.GetProperty("resources").EnumerateArray());
        Assert.Equal("data/spending-2025-26.csv", resource.GetProperty("path").GetString());
        Assert.Equal("tabular-data-resource", resource.GetProperty("profile").GetString());
        Assert.Equal("%d/%m/%Y", resource.GetProperty("schema").GetProperty("fields")[0].GetProperty("format").GetString());

        using var catalogue = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data.json")));
        var dataset = Assert.Single(catalogue.RootElement.EnumerateArray());
        Assert.Equal("https://www.littlebramford-pc.gov.uk/data/spending-2025-26/", dataset.GetProperty("identifier").GetString());
        Assert.Equal("2025-04-01/2026-03-31", dataset.GetProperty("temporal").GetString());
        Assert.Equal("https://www.littlebramford-pc.gov.uk/data/spending-2025-26.csv", dataset.GetProperty("distribution")[0].GetProperty("downloadURL").GetString());
        Assert.Equal("text/csv", dataset.GetProperty("distribution")[0].GetProperty("format").GetString());

        var script = Page(site, "data/spending-2025-26/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var ld = JsonDocument.Parse(script.TextContent);
        Assert.Equal("Dataset", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal("https://www.littlebramford-pc.gov.uk/data/spending-2025-26/", ld.RootElement.GetProperty("url").GetString());
        Assert.Equal("2025-04-01/2026-03-31", ld.RootElement.GetProperty("temporalCoverage").GetString());
    }

    [Fact]
    public void Without_a_site_url_the_metadata_uses_relative_addresses_and_no_dcat_catalogue_is_written()
    {
        using var site = Site(siteYml: "name: Little Bramford Parish Council\n");
        Assert.True(site.Build().Succeeded);

        using var csvw = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/spending-2025-26.csv-metadata.json")));
        Assert.Equal("spending-2025-26.csv", csvw.RootElement.GetProperty("url").GetString());
        Assert.False(File.Exists(Path.Combine(site.Output, "data.json")));
        using var ld = JsonDocument.Parse(Page(site, "data/spending-2025-26/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("../spending-2025-26.csv", ld.RootElement.GetProperty("distribution")[0].GetProperty("contentUrl").GetString());
    }

    [Fact]
    public void The_open_data_page_links_each_dataset_to_its_page()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);

        var link = Page(site, "data/index.html").QuerySelector("h2 a")!;
        Assert.Equal("Spending over £100, 2025-26", link.TextContent);
        Assert.Equal("spending-2025-26/index.html", link.GetAttribute("href"));
    }

    [Fact]
    public void A_clerks_title_cannot_break_out_of_the_json_ld_script()
    {
        using var site = new TempSite(("data/x.yml", "title: \"</script><script>alert(1)</script>\"\n")).With("data/x.csv", Encoding.UTF8.GetBytes("A\n1\n"));
        Assert.True(site.Build().Succeeded);

        var html = File.ReadAllText(Path.Combine(site.Output, "data/x/index.html"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.Single(new HtmlParser().ParseDocument(html).QuerySelectorAll("script"));
    }
}
