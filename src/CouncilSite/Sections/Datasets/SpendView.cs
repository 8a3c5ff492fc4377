using System.Globalization;
using CouncilSite.Data.Charts;
using CouncilSite.Data.Spend;
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
    /// <summary>The largest suppliers and categories shown; a council with thousands of suppliers still gets a short page.</summary>
    public const int Largest = 20;

    public static SpendView Make(SpendSummary spend, Format format)
    {
        var months = spend.Months.Where(m => m.Key != SpendSummary.NoDateKey)
            .Select(m => new Bar(format.ShortMonth(Month(m.Key)), format.Month(Month(m.Key)), m.Total)).ToList();
        var (suppliers, otherSuppliers) = Top(spend.Suppliers, "spend.other_suppliers", "spend.no_supplier", format);
        var (categories, otherCategories) = Top(spend.Categories, "spend.other_categories", "spend.no_category", format);
        return new SpendView(
            format.Money(spend.Total),
            format.Plural("spend.payments_count", spend.Rows - spend.RowsWithoutAmount),
            spend.VatTotal is { } vat ? format.Money(vat) : null,
            spend.First is { } first && spend.Last is { } last ? format.Text("dates.range", ("first", format.Date(first)), ("last", format.Date(last))) : null,
            spend.RowsWithoutAmount > 0 ? format.Plural("spend.without_amount", spend.RowsWithoutAmount) : null,
            new SafeHtml(BarChart.Render("spend-chart", format.Text("spend.by_month"), months, format.Text("spend.chart_table"), format)),
            spend.Months.Select(m => View(m, m.Key == SpendSummary.NoDateKey ? format.Text("spend.no_date") : format.Month(Month(m.Key)), format)).ToList(),
            suppliers,
            otherSuppliers,
            spend.Suppliers.Count,
            categories,
            otherCategories,
            spend.CategoryColumn);
    }

    /// <param name="noneKey">The string of the row of payments that name none (their key is empty).</param>
    private static (List<TotalView> Top, TotalView? Others) Top(IReadOnlyList<SpendTotal> totals, string othersKey, string noneKey, Format format)
    {
        var top = totals.Take(Largest).Select(t => View(t, Label(t, noneKey, format), format)).ToList();
        var rest = totals.Skip(Largest).ToList();
        return (top, rest.Count == 0 ? null
            : new TotalView(format.Text(othersKey, ("count", rest.Count)), format.Count(rest.Sum(r => r.Count)), format.Money(rest.Sum(r => r.Total))));
    }

    /// <summary>A supplier's name, or words saying the payments name none, as the page and the search show it.</summary>
    public static string Supplier(SpendTotal total, Format format) => Label(total, "spend.no_supplier", format);

    /// <param name="noneKey">The string of the row of payments that name none (their key is empty).</param>
    private static string Label(SpendTotal total, string noneKey, Format format) => total.Key.Length == 0 ? format.Text(noneKey) : total.Label;

    private static TotalView View(SpendTotal total, string label, Format format) =>
        new(label, format.Count(total.Count), format.Money(total.Total));

    /// <summary>The month of a total's key (<c>2025-04</c>); the chart's description and table give the months' full names.</summary>
    private static DateOnly Month(string key) => DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
