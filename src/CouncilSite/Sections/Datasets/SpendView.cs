using System.Globalization;
using CouncilSite.Data.Charts;
using CouncilSite.Data.Spend;
using CouncilSite.Data.Values;
using CouncilSite.Outputs.Html;
using CouncilSite.Rendering.Theme;

namespace CouncilSite.Sections.Datasets;

/// <summary>A row of a totals table.</summary>
public sealed record TotalView(string Label, string Count, string Total);

/// <summary>The summary of spend data on its page: the totals, the chart and the tables beside it.</summary>
/// <param name="Chart">The bar chart as inline SVG, made by the library (no clerk's text is unescaped in it).</param>
/// <param name="OtherSuppliers">The suppliers beyond the largest, added up in one row, when there are more.</param>
public sealed record SpendView(
    string Total,
    string Payments,
    string? Vat,
    string? Dates,
    string? WithoutAmount,
    SafeHtml Chart,
    IReadOnlyList<TotalView> Months,
    IReadOnlyList<TotalView> Suppliers,
    TotalView? OtherSuppliers,
    int SupplierCount,
    IReadOnlyList<TotalView> Categories,
    TotalView? OtherCategories,
    string? CategoryTitle);

public static class SpendViews
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The largest suppliers and categories shown; a council with thousands of suppliers still gets a short page.</summary>
    public const int Largest = 20;

    public static SpendView Make(SpendSummary spend, Format format)
    {
        var months = spend.Months.Where(m => m.Key != SpendSummary.NoDateKey)
            .Select(m => new Bar(ShortMonth(m.Key), m.Label, m.Total)).ToList();
        var (suppliers, otherSuppliers) = Top(spend.Suppliers, "suppliers", format);
        var (categories, otherCategories) = Top(spend.Categories, "categories", format);
        return new SpendView(
            format.Money(spend.Total),
            Plural(spend.Rows - spend.RowsWithoutAmount, "payment"),
            spend.VatTotal is { } vat ? format.Money(vat) : null,
            spend.First is { } first && spend.Last is { } last ? $"{format.Date(first)} to {format.Date(last)}" : null,
            spend.RowsWithoutAmount > 0 ? $"{Plural(spend.RowsWithoutAmount, "row")} without an amount {(spend.RowsWithoutAmount == 1 ? "is" : "are")} not in these totals." : null,
            new SafeHtml(BarChart.Render("spend-chart", "Spending by month", months, "The table after the chart gives the total of every month.")),
            spend.Months.Select(m => View(m, format)).ToList(),
            suppliers,
            otherSuppliers,
            spend.Suppliers.Count,
            categories,
            otherCategories,
            spend.CategoryColumn);
    }

    private static (List<TotalView> Top, TotalView? Others) Top(IReadOnlyList<SpendTotal> totals, string what, Format format)
    {
        var top = totals.Take(Largest).Select(t => View(t, format)).ToList();
        var rest = totals.Skip(Largest).ToList();
        return (top, rest.Count == 0 ? null
            : new TotalView($"All other {what} ({rest.Count})", format.Count(rest.Sum(r => r.Count)), format.Money(rest.Sum(r => r.Total))));
    }

    private static TotalView View(SpendTotal total, Format format) =>
        new(total.Label, format.Count(total.Count), format.Money(total.Total));

    /// <summary>"Apr 25": short enough for twelve bars side by side; the chart's description and table give the full names.</summary>
    private static string ShortMonth(string key) =>
        DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToString("MMM yy", English);

    private static string Plural(int n, string word) =>
        n == 1 ? $"1 {word}" : $"{n.ToString("N0", English)} {word}s";
}
