namespace CouncilSite.Data.Spend;

/// <summary>The total of one month, supplier or category.</summary>
/// <param name="Key">A stable key: <c>2025-04</c> for a month, the grouping name for a supplier or category.</param>
public sealed record SpendTotal(string Key, string Label, decimal Total, int Count);

/// <summary>What spend data adds up to.</summary>
/// <param name="Rows">Rows of the table (each payment).</param>
/// <param name="RowsWithoutAmount">Rows whose amount is missing or not a number, so not in any total.</param>
/// <param name="Months">Totals by calendar month of the payment date, oldest first; rows without a date last.</param>
/// <param name="Suppliers">Totals by supplier, largest first.</param>
/// <param name="Categories">Totals by category, largest first, or empty when the data has no category column.</param>
/// <param name="First">The earliest payment date.</param>
/// <param name="Last">The latest payment date.</param>
public sealed record SpendSummary(
    int Rows,
    int RowsWithoutAmount,
    decimal Total,
    decimal? VatTotal,
    IReadOnlyList<SpendTotal> Months,
    IReadOnlyList<SpendTotal> Suppliers,
    IReadOnlyList<SpendTotal> Categories,
    string? CategoryColumn,
    DateOnly? First,
    DateOnly? Last)
{
    /// <summary>The key of the month total of rows that have no date.</summary>
    public const string NoDateKey = "no-date";
}
