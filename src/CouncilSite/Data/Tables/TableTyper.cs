using System.Text.RegularExpressions;
using CouncilSite.Data.Csv;
using CouncilSite.Data.Spend;
using CouncilSite.Data.Values;
using CouncilSite.Diagnostics;
using CouncilSite.Sections.Datasets;

namespace CouncilSite.Data.Tables;

/// <summary>
/// Decides what each column of a CSV file holds and reads every cell as that. A column's type
/// comes from its role in spend data, else from the <c>type</c> in the dataset's .yml, else from
/// its values: dates if every value is a date, numbers if every value is a number (a code with a
/// leading zero, such as 0123, stays text). A value that does not fit is shown as written and reported.
/// </summary>
public static partial class TableTyper
{
    private const int MaxValueMessages = 10;

    public static TypedTable Type(CsvFile csv, IReadOnlyList<DatasetColumn> described, IReadOnlyDictionary<SpendRole, int>? roles, DiagnosticBag diagnostics)
    {
        foreach (var d in described.Where(d => !csv.Columns.Any(c => SpendColumns.Key(c.Name) == SpendColumns.Key(d.Name))))
        {
            diagnostics.Warning(csv.File, 1, 1, DiagnosticCodes.ColumnNotInFile,
                $"The .yml describes a column '{d.Name}', but the file's header row has no column of that name.",
                $"Use the names of the header row exactly: {string.Join(", ", csv.Columns.Select(c => c.Name))}.");
        }

        var cells = csv.Rows.Select(r => new Cell[csv.Columns.Count]).ToArray();
        var columns = new List<TableColumn>(csv.Columns.Count);
        for (var j = 0; j < csv.Columns.Count; j++)
        {
            var column = csv.Columns[j];
            var description = described.FirstOrDefault(d => SpendColumns.Key(d.Name) == SpendColumns.Key(column.Name));
            var type = RoleType(roles, j) ?? Declared(description, csv.File, diagnostics) ?? Infer(csv, j);
            var stats = new ColumnStats();
            var messages = 0;
            for (var i = 0; i < csv.Rows.Count; i++)
            {
                var cell = Read(csv.Rows[i].Cells[j], type, stats);
                cells[i][j] = cell;
                if (cell.Kind == CellKind.Invalid && ++messages <= MaxValueMessages)
                {
                    diagnostics.Warning(csv.File, csv.Rows[i].Line, 1, DiagnosticCodes.CsvValue,
                        $"'{cell.Text}' in the column '{column.Name}' is not {(type == ColumnType.Date ? "a date" : "an amount")}, so it is shown as written{(type == ColumnType.Date ? "" : " and left out of any totals")}.",
                        type == ColumnType.Date
                            ? "Write dates day first, as 08/04/2025, or as 2025-04-08; leave the cell empty if there is no date."
                            : "Write amounts as 1234.50, £1,234.50, -12.00 or (12.00); leave the cell empty if there is no amount.");
                }
            }

            if (messages > MaxValueMessages)
            {
                diagnostics.Warning(csv.File, 0, 0, DiagnosticCodes.CsvValue,
                    $"{messages - MaxValueMessages} more values in the column '{column.Name}' are not {(type == ColumnType.Date ? "dates" : "amounts")}; only the first {MaxValueMessages} are listed.",
                    description?.Type is not null ? "Check the 'type' given for this column in the .yml." : "Check the column in a spreadsheet.");
            }

            columns.Add(new TableColumn(
                column.Index,
                column.Name,
                description?.Title ?? column.Name,
                description?.Description,
                type,
                type == ColumnType.Money ? 2 : Math.Min(stats.Decimals, 4),
                type == ColumnType.Money || stats.Grouped || stats.Decimals > 0,
                stats.DateFormat(),
                stats.Nulls.Order(StringComparer.Ordinal).ToList(),
                stats.Pound,
                stats.Parentheses));
        }

        var rows = csv.Rows.Select((r, i) => new TableRow(r.Line, cells[i])).ToList();
        return new TypedTable(csv.File, csv.Encoding, csv.HeaderCells, columns, rows, csv.MalformedRows);
    }

    private static ColumnType? RoleType(IReadOnlyDictionary<SpendRole, int>? roles, int column)
    {
        foreach (var (role, index) in roles ?? new Dictionary<SpendRole, int>())
        {
            if (index == column && role is SpendRole.Date)
            {
                return ColumnType.Date;
            }

            if (index == column && role is SpendRole.Amount or SpendRole.Vat)
            {
                return ColumnType.Money;
            }
        }

        return null;
    }

    private static ColumnType? Declared(DatasetColumn? column, string file, DiagnosticBag diagnostics)
    {
        switch (column?.Type?.ToLowerInvariant())
        {
            case null:
                return null;
            case "string" or "text":
                return ColumnType.Text;
            case "number" or "decimal" or "integer" or "numeric":
                return ColumnType.Number;
            case "money" or "currency" or "gbp":
                return ColumnType.Money;
            case "date":
                return ColumnType.Date;
            default:
                diagnostics.Warning(file, 1, 1, DiagnosticCodes.CsvValue,
                    $"The type '{column.Type}' given in the .yml for the column '{column.Name}' is not one CouncilSite knows, so the type is worked out from the values.",
                    "Use one of: string, number, money, date.");
                return null;
        }
    }

    private static ColumnType Infer(CsvFile csv, int column)
    {
        var values = csv.Rows.Select(r => r.Cells[column])
            .Where(v => v.Length > 0 && !MissingValues.IsSpreadsheetError(v) && !MissingValues.IsRedacted(v))
            .ToList();
        var present = values.Where(v => !MissingValues.IsNoValueWord(v)).ToList();
        if (present.Count == 0)
        {
            return ColumnType.Text;
        }

        if (present.All(v => Dates.TryParse(v, out _, out _)))
        {
            return ColumnType.Date;
        }

        if (present.All(v => Amounts.TryParse(v, out _) && !LeadingZero().IsMatch(v)))
        {
            return present.Any(v => v.Contains('£')) ? ColumnType.Money : ColumnType.Number;
        }

        return ColumnType.Text;
    }

    private static Cell Read(string text, ColumnType type, ColumnStats stats)
    {
        if (text.Length == 0)
        {
            return new Cell(CellKind.Empty, text);
        }

        if (MissingValues.IsSpreadsheetError(text))
        {
            stats.Nulls.Add(text);
            return new Cell(CellKind.NotAvailable, text);
        }

        var typed = type != ColumnType.Text;
        if (MissingValues.IsRedacted(text))
        {
            if (typed)
            {
                stats.Nulls.Add(text);
            }

            return new Cell(CellKind.Redacted, text);
        }

        if (!typed)
        {
            return new Cell(CellKind.Text, text);
        }

        if (MissingValues.IsNoValueWord(text))
        {
            stats.Nulls.Add(text);
            return new Cell(CellKind.NotAvailable, text);
        }

        if (type == ColumnType.Date)
        {
            if (!Dates.TryParse(text, out var date, out var pattern))
            {
                return new Cell(CellKind.Invalid, text);
            }

            stats.Patterns.Add(pattern);
            return new Cell(CellKind.Date, text, Date: date);
        }

        if (!Amounts.TryParse(text, out var amount))
        {
            return new Cell(CellKind.Invalid, text);
        }

        stats.Pound |= amount.Pound;
        stats.Grouped |= amount.Grouped;
        stats.Parentheses |= amount.Parentheses;
        stats.Decimals = Math.Max(stats.Decimals, amount.Decimals);
        return new Cell(CellKind.Number, text, amount.Value);
    }

    [GeneratedRegex(@"^0\d")]
    private static partial Regex LeadingZero();

    /// <summary>How the values of one column were written.</summary>
    private sealed class ColumnStats
    {
        public bool Pound;
        public bool Grouped;
        public bool Parentheses;
        public int Decimals;
        public readonly HashSet<string> Nulls = new(StringComparer.Ordinal);
        public readonly HashSet<string> Patterns = new(StringComparer.Ordinal);

        /// <summary>
        /// One pattern for the column: the one all its dates share, or d/M/yyyy when they mix one-
        /// and two-digit days or months with one separator (a reader of d/M/yyyy accepts both).
        /// </summary>
        public string? DateFormat()
        {
            if (Patterns.Count == 1)
            {
                return Patterns.First();
            }

            var separators = Patterns.Select(p => p.FirstOrDefault(c => c is '/' or '-' or '.')).Distinct().ToList();
            return Patterns.Count > 1 && separators.Count == 1 && separators[0] != '\0' &&
                   Patterns.All(p => p.EndsWith("yyyy", StringComparison.Ordinal) && !p.StartsWith("yyyy", StringComparison.Ordinal))
                ? $"d{separators[0]}M{separators[0]}yyyy"
                : null;
        }
    }
}
