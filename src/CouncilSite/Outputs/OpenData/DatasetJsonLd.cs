using System.Globalization;
using System.Text.Json;
using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Data;

namespace CouncilSite.Outputs.OpenData;

/// <summary>
/// schema.org <c>Dataset</c> JSON-LD for a dataset's page, which search engines' dataset search
/// reads. It sits inside a script element, so the default encoder escapes &lt; and &gt; and a
/// clerk's title can never close the element. Without the site's url, addresses are relative to
/// the page, as JSON-LD allows.
/// </summary>
public static class DatasetJsonLd
{
    public static string Write(SiteContent content, DatasetAddresses addresses)
    {
        var dataset = addresses.Data.Dataset;
        string Url(string address) => addresses.Full(address) ?? SiteAddress.Relative(addresses.Page, address);

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "Dataset");
            w.WriteString("name", dataset.Title);
            w.WriteString("description", dataset.Description ?? $"{dataset.Title}, published by {content.Config.Name}.");
            w.WriteString("inLanguage", content.Config.Language);
            w.WriteString("url", Url(addresses.Page));
            w.WriteString("license", Licences.Find(dataset.Licence) is { Url: { } licence } ? licence : dataset.Licence);
            w.WriteBoolean("isAccessibleForFree", true);
            w.WriteStartObject("publisher");
            w.WriteString("@type", "GovernmentOrganization");
            w.WriteString("name", dataset.Publisher ?? content.Config.Name);
            if (content.Config.Url is { } site)
            {
                w.WriteString("url", site + "/");
            }

            w.WriteEndObject();
            if (dataset.PeriodStart is { } start && dataset.PeriodEnd is { } end)
            {
                w.WriteString("temporalCoverage", string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd}/{end:yyyy-MM-dd}"));
            }

            if (dataset.Updated is { } updated)
            {
                w.WriteString("dateModified", updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            w.WriteStartArray("distribution");
            Download(w, Url(addresses.Csv), DcatCatalogue.MediaType(dataset.File.Extension));
            if (addresses.Data.Table is not null)
            {
                Download(w, Url(addresses.Json), "application/json");
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Download(Utf8JsonWriter w, string url, string format)
    {
        w.WriteStartObject();
        w.WriteString("@type", "DataDownload");
        w.WriteString("contentUrl", url);
        w.WriteString("encodingFormat", format);
        w.WriteEndObject();
    }
}
