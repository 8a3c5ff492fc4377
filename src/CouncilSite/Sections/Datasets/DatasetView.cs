using CouncilSite.Data;
using CouncilSite.Data.Csv;
using CouncilSite.Data.Tables;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Datasets;

/// <summary>A column as the "About the columns" table describes it.</summary>
public sealed record ColumnView(string Name, string Title, string Type, string? Description);

/// <summary>A dataset as its page and the open data page show it.</summary>
/// <param name="JsonAddress">The JSON download, for CSV datasets.</param>
/// <param name="MetadataAddress">The CSV on the Web metadata, for CSV datasets.</param>
/// <param name="Rows">"5,000 rows", for CSV datasets.</param>
/// <param name="Notes">What a reader should know about the file: its encoding, rows that could not be read.</param>
public sealed record DatasetView(
    string Title,
    string? Description,
    string Address,
    string FileAddress,
    string Kind,
    string Size,
    string? JsonAddress,
    string? MetadataAddress,
    string LicenceName,
    string? LicenceUrl,
    string? Publisher,
    string? PeriodText,
    string? UpdatedText,
    string? Rows,
    IReadOnlyList<ColumnView> Columns,
    IReadOnlyList<string> Notes)
{
    public static DatasetView From(DatasetData data, Format format)
    {
        var d = data.Dataset;
        var licence = Licences.Find(d.Licence);
        var table = data.Table;
        var addresses = new Outputs.OpenData.DatasetAddresses(data, null);
        return new DatasetView(
            d.Title,
            d.Description,
            data.Address,
            d.FileAddress,
            format.FileKind(d.File),
            format.FileSize(d.File.Size),
            table is null ? null : addresses.Json,
            table is null ? null : addresses.Metadata,
            licence.NameIn(format),
            licence.Url,
            d.Publisher,
            d.PeriodStart is { } s && d.PeriodEnd is { } e ? format.Text("dates.range", ("first", format.Date(s)), ("last", format.Date(e))) : null,
            d.Updated is { } u ? format.Date(u) : null,
            table is null ? null : format.Plural("dataset.rows", table.Rows.Count),
            table is null ? d.Columns.Select(c => new ColumnView(c.Name, c.Title ?? c.Name, c.Type ?? "", c.Description)).ToList() : ColumnsOf(table, format),
            NotesOn(table, format));
    }

    private static List<ColumnView> ColumnsOf(TypedTable table, Format format) =>
        table.Columns.Select(c => new ColumnView(c.Name, c.Title, c.Type switch
        {
            ColumnType.Money => format.Text("dataset.type_money"),
            ColumnType.Number => format.Text("dataset.type_number"),
            ColumnType.Date => format.Text("dataset.type_date"),
            _ => format.Text("dataset.type_text"),
        }, c.Description)).ToList();

    private static List<string> NotesOn(TypedTable? table, Format format)
    {
        var notes = new List<string>();
        if (table?.Encoding == CsvEncoding.Windows1252)
        {
            notes.Add(format.Text("dataset.note_windows_1252"));
        }

        if (table is { MalformedRows: > 0 } t)
        {
            notes.Add(format.Plural("dataset.note_unread_rows", t.MalformedRows));
        }

        return notes;
    }
}
