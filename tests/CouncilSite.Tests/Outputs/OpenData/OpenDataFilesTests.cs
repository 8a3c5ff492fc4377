using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CouncilSite.Tests.Sections.Datasets;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Outputs.OpenData;

/// <summary>What a built site publishes beside a dataset's page: its downloads and their metadata.</summary>
public class OpenDataFilesTests
{
    [Fact]
    public void The_downloads_are_the_original_csv_json_with_typed_values_and_csv_on_the_web_metadata()
    {
        var original = Encoding.Latin1.GetBytes("Date,Supplier,Amount,Description\n08/04/2025,Caf\u00e9,\u00a31.50,Tea\n");
        using var site = SpendingSite.Create(original);
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
        using var site = SpendingSite.Create(Encoding.UTF8.GetBytes("Date,Supplier,Amount,Description,,\n2025-04-08,EDF,\"1,234.50\",Power,,\n2025-04-09,SSE,#N/A,Power,,\n"));
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
        using var site = SpendingSite.Create();
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

        var script = SpendingSite.Page(site, "data/spending-2025-26/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var ld = JsonDocument.Parse(script.TextContent);
        Assert.Equal("Dataset", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal("https://www.littlebramford-pc.gov.uk/data/spending-2025-26/", ld.RootElement.GetProperty("url").GetString());
        Assert.Equal("2025-04-01/2026-03-31", ld.RootElement.GetProperty("temporalCoverage").GetString());
    }

    [Fact]
    public void Without_a_site_url_the_metadata_uses_relative_addresses_and_no_dcat_catalogue_is_written()
    {
        using var site = SpendingSite.Create(siteYml: "name: Little Bramford Parish Council\n");
        Assert.True(site.Build().Succeeded);

        using var csvw = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data/spending-2025-26.csv-metadata.json")));
        Assert.Equal("spending-2025-26.csv", csvw.RootElement.GetProperty("url").GetString());
        Assert.False(File.Exists(Path.Combine(site.Output, "data.json")));
        using var ld = JsonDocument.Parse(SpendingSite.Page(site, "data/spending-2025-26/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("../spending-2025-26.csv", ld.RootElement.GetProperty("distribution")[0].GetProperty("contentUrl").GetString());
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
