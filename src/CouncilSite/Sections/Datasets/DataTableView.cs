using CouncilSite.Data.Tables;
using CouncilSite.Data.Values;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Datasets;

/// <summary>A header cell; numeric columns are right-aligned, header and values alike.</summary>
public sealed record HeaderView(string Title, bool Numeric);

/// <summary>A value as residents read it: £1,234.50, 8 April 2025.</summary>
public sealed record CellView(string Text, bool Numeric);

/// <summary>A table as a template draws it.</summary>
/// <param name="Id">The caption's id, which names the scrollable region around the table.</param>
public sealed record TableView(string Id, string Caption, IReadOnlyList<HeaderView> Headers, IReadOnlyList<IReadOnlyList<CellView>> Rows);

/// <summary>Turns typed rows into what the data table shows.</summary>
public static class DataTableView
{
    public static TableView Make(TypedTable table, IEnumerable<TableRow> rows, string caption, Format format) =>
        new("data-caption", caption,
            table.Columns.Select(c => new HeaderView(c.Title, c.IsNumeric)).ToList(),
            rows.Select(r => (IReadOnlyList<CellView>)table.Columns.Select((c, i) => new CellView(Text(r.Cells[i], c, format), c.IsNumeric)).ToList()).ToList());

    /// <summary>A clerk's own "not known" is shown as written; only spreadsheet errors such as #N/A are put in words.</summary>
    public static string Text(Cell cell, TableColumn column, Format format) => cell.Kind switch
    {
        CellKind.Number when column.Type == ColumnType.Money => format.Money(cell.Number),
        CellKind.Number => format.Number(cell.Number, column.Decimals, column.Grouped),
        CellKind.Date => format.Date(cell.Date),
        CellKind.NotAvailable when MissingValues.IsSpreadsheetError(cell.Text) => format.Text("data.not_available"),
        _ => cell.Text,
    };
}
