using System.Globalization;
using CouncilSite.Data.Tables;
using CouncilSite.Data.Values;

namespace CouncilSite.Data.Spend;

/// <summary>Adds spend data up by month, by supplier and by category.</summary>
public static class SpendAnalysis
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static SpendSummary Summarise(TypedTable table, IReadOnlyDictionary<SpendRole, int> roles)
    {
        var amount = roles[SpendRole.Amount];
        var date = roles[SpendRole.Date];
        var supplier = roles[SpendRole.Supplier];
        int? category = roles.TryGetValue(SpendRole.Category, out var c) ? c : null;
        int? vat = roles.TryGetValue(SpendRole.Vat, out var v) ? v : null;

        var counted = table.Rows.Where(r => r.Cells[amount].Kind == CellKind.Number).ToList();
        var dates = table.Rows.Select(r => r.Cells[date]).Where(d => d.Kind == CellKind.Date).Select(d => d.Date).ToList();

        var months = counted
            .GroupBy(r => r.Cells[date].Kind == CellKind.Date ? r.Cells[date].Date.ToString("yyyy-MM", CultureInfo.InvariantCulture) : SpendSummary.NoDateKey)
            .OrderBy(g => g.Key == SpendSummary.NoDateKey ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SpendTotal(g.Key, MonthLabel(g.Key), g.Sum(r => r.Cells[amount].Number), g.Count()))
            .ToList();

        return new SpendSummary(
            table.Rows.Count,
            table.Rows.Count - counted.Count,
            counted.Sum(r => r.Cells[amount].Number),
            vat is { } vatColumn ? table.Rows.Where(r => r.Cells[vatColumn].Kind == CellKind.Number).Sum(r => r.Cells[vatColumn].Number) : null,
            months,
            ByName(counted, supplier, amount, "No supplier given"),
            category is { } categoryColumn ? ByName(counted, categoryColumn, amount, "No category given") : [],
            category is { } named ? table.Columns[named].Title : null,
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null);
    }

    /// <summary>
    /// Totals by the text of a column, grouping spellings that differ only in case and spacing
    /// ("EDF Energy", "EDF ENERGY ") under the spelling used most.
    /// </summary>
    private static List<SpendTotal> ByName(List<TableRow> rows, int column, int amount, string none) =>
        rows.GroupBy(r => GroupKey(r.Cells[column].Text))
            .Select(g => new SpendTotal(
                g.Key,
                g.Key.Length == 0 ? none : g.GroupBy(r => r.Cells[column].Text).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
                g.Sum(r => r.Cells[amount].Number),
                g.Count()))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Label, StringComparer.Ordinal)
            .ToList();

    private static string GroupKey(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string MonthLabel(string key) =>
        key == SpendSummary.NoDateKey
            ? "Date not given"
            : DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM yyyy", English);
}
