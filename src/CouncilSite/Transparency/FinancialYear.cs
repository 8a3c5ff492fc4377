using CouncilSite.Site;

namespace CouncilSite.Transparency;

/// <summary>A council's financial year, which starts on site.yml's <c>financial_year_start</c> (1 April by default).</summary>
public readonly record struct FinancialYear(DateOnly Start)
{
    public DateOnly End => Start.AddYears(1).AddDays(-1);

    /// <summary>As councils write it: <c>2025-26</c>; a year that is a calendar year is just <c>2025</c>.</summary>
    public string Label => Start is { Month: 1, Day: 1 } ? $"{Start.Year}" : $"{Start.Year}-{(Start.Year + 1) % 100:00}";

    public FinancialYear Previous => new(Start.AddYears(-1));

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static FinancialYear Containing(DateOnly date, SiteConfig config)
    {
        var start = StartIn(date.Year, config);
        return new FinancialYear(date >= start ? start : StartIn(date.Year - 1, config));
    }

    /// <summary>The year a document's <c>financial_year: 2024-25</c> names (the year starting in 2024).</summary>
    public static FinancialYear? Parse(string? label, SiteConfig config) =>
        label is { Length: >= 4 } && int.TryParse(label[..4], out var year) && year is > 1900 and < 9999
            ? new FinancialYear(StartIn(year, config))
            : null;

    private static DateOnly StartIn(int year, SiteConfig config) =>
        new(year, config.FinancialYearStartMonth, Math.Min(config.FinancialYearStartDay, DateTime.DaysInMonth(year, config.FinancialYearStartMonth)));
}
