namespace CouncilSite.Data.Csv;

/// <summary>
/// A CSV file as read: its columns (header names, with empty trailing columns dropped) and its
/// rows, each with the file line it starts on. Rows that could not be read were reported and are
/// counted in <see cref="MalformedRows"/>, so every row of the file is accounted for.
/// </summary>
/// <param name="File">Path relative to the site folder.</param>
/// <param name="HeaderCells">The header row exactly as written, empty trailing columns included, for CSV on the Web metadata.</param>
public sealed record CsvFile(
    string File,
    CsvEncoding Encoding,
    IReadOnlyList<CsvColumn> Columns,
    IReadOnlyList<string> HeaderCells,
    IReadOnlyList<CsvRow> Rows,
    int MalformedRows);

/// <param name="Index">The column's position in the file (0-based), counting dropped columns.</param>
public sealed record CsvColumn(int Index, string Name);

/// <param name="Line">The 1-based file line the row starts on (a quoted value may run over several lines).</param>
/// <param name="Cells">One value per column of <see cref="CsvFile.Columns"/>, trimmed.</param>
public sealed record CsvRow(int Line, IReadOnlyList<string> Cells);
