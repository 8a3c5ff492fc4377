using System.Globalization;
using CouncilSite.Sections.Datasets;

namespace CouncilSite.Sections.Decisions;

/// <summary>
/// Every address of the decisions register, built here and nowhere else (a decision's own is its
/// place in the minutes). A year's page sits beside the committees' registers, which is why a
/// committee's id may not be a number (CS155).
/// </summary>
public static class DecisionRoutes
{
    public const string Index = "/decisions/";

    public static string Committee(string id) => $"/decisions/{id}/";

    /// <summary>A year of the whole register, or of one committee's when <paramref name="committeeId"/> is given.</summary>
    public static string Year(int year, string? committeeId = null) =>
        $"{(committeeId is null ? Index : Committee(committeeId))}{year.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>A page of a long year: the year's own address, then <c>page-2/</c> and on.</summary>
    public static string YearPage(int year, string? committeeId, int page) => Pagination.Page(Year(year, committeeId), page);
}
