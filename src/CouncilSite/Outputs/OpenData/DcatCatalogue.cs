using System.Globalization;
using System.Text.Json;
using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Data;

namespace CouncilSite.Outputs.OpenData;

/// <summary>
/// <c>/data.json</c>: the catalogue in the data.json form data.gov.uk harvests (a JSON array of
/// DCAT datasets with title, description, identifier, licence, publisher and distributions).
/// The harvester needs full URLs, so the catalogue is written only when site.yml gives the url.
/// </summary>
public static class DcatCatalogue
{
    public const string FileName = "data.json";

    public static byte[] Write(SiteContent content, IReadOnlyList<DatasetAddresses> datasets)
    {
        var clerk = content.Config.Clerk?.Email;
        return JsonFile.Write(w =>
        {
            w.WriteStartArray();
            foreach (var addresses in datasets)
            {
                var dataset = addresses.Data.Dataset;
                var page = addresses.Full(addresses.Page)!;
                w.WriteStartObject();
                w.WriteString("title", dataset.Title);
                w.WriteString("description", dataset.Description ?? dataset.Title);
                w.WriteString("identifier", page);
                w.WriteString("landingPage", page);
                w.WriteString("license", Licences.Find(dataset.Licence) is { Url: { } url } ? url : dataset.Licence);
                w.WriteStartObject("publisher");
                w.WriteString("name", dataset.Publisher ?? content.Config.Name);
                w.Optional("mbox", clerk);
                w.WriteEndObject();
                w.Optional("modified", dataset.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (dataset.PeriodStart is { } start && dataset.PeriodEnd is { } end)
                {
                    w.WriteString("temporal", string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd}/{end:yyyy-MM-dd}"));
                }

                w.WriteStartArray("language");
                w.WriteStringValue(content.Config.Languages.Code);
                w.WriteEndArray();
                w.WriteStartArray("keyword");
                w.WriteStringValue(dataset.Schema == "custom" ? "open data" : dataset.Schema);
                w.WriteStringValue("transparency");
                w.WriteEndArray();
                w.WriteStartArray("distribution");
                Distribution(w, addresses.Full(addresses.Csv)!, dataset.Title, MediaType(dataset.File.Extension));
                if (addresses.Data.Table is not null)
                {
                    Distribution(w, addresses.Full(addresses.Json)!, $"{dataset.Title} (JSON)", "application/json");
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static void Distribution(Utf8JsonWriter w, string url, string title, string format)
    {
        w.WriteStartObject();
        w.WriteString("downloadURL", url);
        w.WriteString("title", title);
        w.WriteString("format", format);
        w.WriteEndObject();
    }

    public static string MediaType(string extension) => extension switch
    {
        ".csv" => "text/csv",
        ".json" => "application/json",
        ".geojson" => "application/geo+json",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".ods" => "application/vnd.oasis.opendocument.spreadsheet",
        ".xls" => "application/vnd.ms-excel",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}
