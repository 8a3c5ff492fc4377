using System.Globalization;
using System.Text.Json;
using CouncilSite.Data;
using CouncilSite.Data.Csv;
using CouncilSite.Data.Tables;

namespace CouncilSite.Outputs.OpenData;

/// <summary>
/// <c>/data/&lt;file&gt;.csv-metadata.json</c>: W3C CSV on the Web metadata, found by validators and
/// converters beside the CSV by its name. It describes the file as it is (its encoding, every
/// column including empty trailing ones, its date patterns and null markers), so csvlint and
/// csv2json read the clerk's original file correctly.
/// </summary>
public static class CsvwMetadata
{
    public static byte[] Write(DatasetAddresses addresses, TypedTable table)
    {
        var dataset = addresses.Data.Dataset;
        var licence = Licences.Find(dataset.Licence);
        return JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("@context");
            w.WriteStringValue("http://www.w3.org/ns/csvw");
            w.WriteStartObject();
            w.WriteString("@language", "en");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteString("url", addresses.Full(addresses.Csv) ?? dataset.File.PublishedName);
            w.WriteString("dc:title", dataset.Title);
            w.Optional("dc:description", dataset.Description);
            if (licence.Url is { } url)
            {
                w.WriteStartObject("dc:license");
                w.WriteString("@id", url);
                w.WriteEndObject();
            }
            else
            {
                w.WriteString("dc:license", licence.Name);
            }

            w.Optional("dc:publisher", dataset.Publisher);
            w.Optional("dc:modified", dataset.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (dataset.PeriodStart is { } start && dataset.PeriodEnd is { } end)
            {
                w.WriteString("dc:temporal", $"{start:yyyy-MM-dd}/{end:yyyy-MM-dd}");
            }

            w.WriteStartObject("dialect");
            w.WriteString("encoding", CsvText.Name(table.Encoding));
            w.WriteBoolean("header", true);
            w.WriteBoolean("skipBlankRows", true);
            w.WriteBoolean("trim", true);
            w.WriteEndObject();

            w.WriteStartObject("tableSchema");
            w.WriteStartArray("columns");
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < table.HeaderCells.Count; i++)
            {
                var column = table.Columns.FirstOrDefault(c => c.Index == i);
                w.WriteStartObject();
                w.WriteString("name", UniqueName(column?.Name ?? "", i, names));
                if (column is null)
                {
                    w.WriteBoolean("suppressOutput", true);
                }
                else
                {
                    w.WriteString("titles", table.HeaderCells[i].Trim());
                    if (column.Title != column.Name)
                    {
                        w.WriteString("rdfs:label", column.Title);
                    }

                    w.Optional("dc:description", column.Description);
                    Datatype(w, column);
                    if (column.NullTokens.Count > 0)
                    {
                        w.WriteStartArray("null");
                        w.WriteStringValue("");
                        foreach (var token in column.NullTokens)
                        {
                            w.WriteStringValue(token);
                        }

                        w.WriteEndArray();
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// Decimals with thousands commas; a £ sign is not something CSV on the Web number formats can
    /// skip, so such a column is declared as text (its values are numbers in the JSON download).
    /// </summary>
    private static void Datatype(Utf8JsonWriter w, TableColumn column)
    {
        if (column.IsNumeric && ColumnTypes.NumbersReadable(column) && !column.PoundSigns)
        {
            w.WriteStartObject("datatype");
            w.WriteString("base", "decimal");
            w.WriteStartObject("format");
            w.WriteString("groupChar", ",");
            w.WriteString("decimalChar", ".");
            w.WriteEndObject();
            w.WriteEndObject();
        }
        else if (ColumnTypes.CsvwDate(column) is { } format)
        {
            w.WriteStartObject("datatype");
            w.WriteString("base", "date");
            w.WriteString("format", format);
            w.WriteEndObject();
        }
        else
        {
            w.WriteString("datatype", "string");
        }
    }

    /// <summary>Column names must be usable in URI templates: lower-case letters, digits and underscores, each once.</summary>
    private static string UniqueName(string header, int index, HashSet<string> used)
    {
        var name = string.Concat(header.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')).Trim('_');
        while (name.Contains("__", StringComparison.Ordinal))
        {
            name = name.Replace("__", "_", StringComparison.Ordinal);
        }

        if (name.Length == 0 || !used.Add(name))
        {
            name = $"column_{index + 1}";
            used.Add(name);
        }

        return name;
    }
}
