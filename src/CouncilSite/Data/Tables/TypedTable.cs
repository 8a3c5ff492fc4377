using CouncilSite.Data.Csv;
using CouncilSite.Data.Values;

namespace CouncilSite.Data.Tables;

public enum ColumnType
{
    Text,
    Number,

    /// <summary>Pounds sterling: shown with £ and two decimal places.</summary>
    Money,
    Date,
}

/// <summary>A column of a table: what it holds and how its values were written in the file.</summary>
/// <param name="Index">The column's position in the file, counting empty columns that are not shown.</param>
/// <param name="Title">The name residents read: the .yml's <c>title</c>, else the header name.</param>
/// <param name="Decimals">Decimal places to show a number with.</param>
/// <param name="Grouped">Whether to show numbers with thousands separators (not for codes such as 40100).</param>
/// <param name="DateFormat">The one Unicode date pattern every date of the column was written in, or null when they differ.</param>
/// <param name="NullTokens">Texts in this column that stand for no value (#N/A, REDACTED PERSONAL DATA), for the metadata.</param>
/// <param name="PoundSigns">Whether some amounts are written with a £ sign, which metadata must allow for.</param>
/// <param name="Brackets">Whether some negative amounts are written in brackets, (12.00), which open-data schemas cannot describe.</param>
public sealed record TableColumn(
    int Index,
    string Name,
    string Title,
    string? Description,
    ColumnType Type,
    int Decimals,
    bool Grouped,
    string? DateFormat,
    IReadOnlyList<string> NullTokens,
    bool PoundSigns,
    bool Brackets)
{
    public bool IsNumeric => Type is ColumnType.Number or ColumnType.Money;
}

/// <param name="Line">The file line the row starts on.</param>
public sealed record TableRow(int Line, IReadOnlyList<Cell> Cells);

/// <summary>A CSV file read once and typed: the model that every page and download of a dataset is made from.</summary>
/// <param name="HeaderCells">The header row as written, for metadata that must match it.</param>
/// <param name="MalformedRows">Rows reported and left out, so that rows + malformed = every row of the file.</param>
public sealed record TypedTable(
    string File,
    CsvEncoding Encoding,
    IReadOnlyList<string> HeaderCells,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    int MalformedRows);
