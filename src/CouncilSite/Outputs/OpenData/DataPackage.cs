using System.Text.Json;
using CouncilSite.Content;
using CouncilSite.Data;
using CouncilSite.Data.Csv;
using CouncilSite.Data.Tables;
using CouncilSite.Sections.Datasets;

namespace CouncilSite.Outputs.OpenData;

/// <summary>
/// <c>/datapackage.json</c>: every dataset of the site as one Frictionless Data Package, so tools such
/// as <c>frictionless validate</c> and the Open Data Editor read the whole catalogue in one go. Paths
/// are relative to this file, so a downloaded copy of the site validates without the internet.
/// </summary>
public static class DataPackage
{
    public const string FileName = "datapackage.json";

    public static byte[] Write(SiteContent content, IReadOnlyList<DatasetAddresses> datasets)
    {
        return JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("profile", "tabular-data-package");
            w.WriteString("name", Name(content.Config.Name));
            w.WriteString("title", $"Open data published by {content.Config.Name}");
            w.Optional("homepage", content.Config.Url is { } url ? url + DatasetRoutes.Index : null);
            w.WriteStartArray("resources");
            foreach (var addresses in datasets)
            {
                Resource(w, addresses);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Resource(Utf8JsonWriter w, DatasetAddresses addresses)
    {
        var dataset = addresses.Data.Dataset;
        var table = addresses.Data.Table;
        var licence = Licences.Find(dataset.Licence);
        w.WriteStartObject();
        w.WriteString("name", Name(dataset.Slug));
        w.WriteString("path", addresses.Csv.TrimStart('/'));
        w.WriteString("profile", table is null ? "data-resource" : "tabular-data-resource");
        w.WriteString("title", dataset.Title);
        w.Optional("description", dataset.Description);
        w.WriteString("format", dataset.File.Extension.TrimStart('.'));
        w.WriteStartArray("licenses");
        w.WriteStartObject();
        w.WriteString("name", licence.Id);
        w.Optional("path", licence.Url);
        w.WriteString("title", licence.Name);
        w.WriteEndObject();
        w.WriteEndArray();
        if (table is not null)
        {
            w.WriteString("mediatype", "text/csv");
            w.WriteString("encoding", CsvText.Name(table.Encoding));
            Schema(w, table);
        }

        w.WriteEndObject();
    }

    private static void Schema(Utf8JsonWriter w, TypedTable table)
    {
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            w.WriteStartObject();
            w.WriteString("name", column.Name);
            if (column.Title != column.Name)
            {
                w.WriteString("title", column.Title);
            }

            w.Optional("description", column.Description);
            if (column.IsNumeric && ColumnTypes.NumbersReadable(column))
            {
                w.WriteString("type", "number");
                w.WriteString("groupChar", ",");
                if (column.PoundSigns)
                {
                    // Frictionless reads "£1,234.50" as 1234.50 only when told the number is not bare.
                    w.WriteBoolean("bareNumber", false);
                }
            }
            else if (ColumnTypes.FrictionlessDate(column) is { } format)
            {
                w.WriteString("type", "date");
                w.WriteString("format", format);
            }
            else
            {
                w.WriteString("type", "string");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue("");
        foreach (var token in table.Columns.SelectMany(c => c.NullTokens).Distinct().Order(StringComparer.Ordinal))
        {
            w.WriteStringValue(token);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Frictionless names are lower-case letters, digits and <c>-._</c>.</summary>
    private static string Name(string text)
    {
        var name = string.Concat(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' ? c : '-'));
        while (name.Contains("--", StringComparison.Ordinal))
        {
            name = name.Replace("--", "-", StringComparison.Ordinal);
        }

        return name.Trim('-');
    }
}
