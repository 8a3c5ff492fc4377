using System.Text.Json;
using CouncilSite.Data;
using CouncilSite.Data.Tables;
using CouncilSite.Data.Values;

namespace CouncilSite.Outputs.OpenData;

/// <summary>
/// <c>/data/&lt;slug&gt;.json</c>: the rows of a CSV dataset as objects keyed by the header names,
/// with typed values (numbers as numbers, dates as YYYY-MM-DD, missing values as null), and the
/// dataset's description and licence beside them.
/// </summary>
public static class DatasetJson
{
    public static byte[] Write(DatasetAddresses addresses, TypedTable table)
    {
        var dataset = addresses.Data.Dataset;
        var licence = Licences.Find(dataset.Licence);
        return JsonFile.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("title", dataset.Title);
            w.Optional("description", dataset.Description);
            w.WriteString("source", addresses.Full(addresses.Csv) ?? dataset.File.PublishedName);
            w.WriteStartObject("licence");
            w.WriteString("name", licence.Name);
            w.Optional("url", licence.Url);
            w.WriteEndObject();
            w.Optional("publisher", dataset.Publisher);
            w.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                w.WriteStartObject();
                w.WriteString("name", column.Name);
                w.WriteString("title", column.Title);
                w.WriteString("type", ColumnTypes.Json(column));
                if (column.Type == ColumnType.Money)
                {
                    w.WriteString("currency", "GBP");
                }

                w.Optional("description", column.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                w.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    w.WritePropertyName(table.Columns[i].Name);
                    Value(w, row.Cells[i], table.Columns[i]);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, indented: false);
    }

    /// <summary>Redaction stays visible in a text column; in a number or date column it is a null, as is anything missing.</summary>
    private static void Value(Utf8JsonWriter w, Cell cell, TableColumn column)
    {
        switch (cell.Kind)
        {
            case CellKind.Number:
                w.WriteNumberValue(cell.Number);
                break;
            case CellKind.Date:
                w.WriteStringValue(cell.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case CellKind.Text or CellKind.Invalid:
            case CellKind.Redacted when column.Type == ColumnType.Text:
                w.WriteStringValue(cell.Text);
                break;
            default:
                w.WriteNullValue();
                break;
        }
    }
}
