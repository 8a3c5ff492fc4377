using System.Globalization;

namespace CouncilSite.Yaml;

/// <summary>
/// How a clerk writes a date and a time, wherever CouncilSite reads one: in a settings file, in
/// front matter, or on the command line (<c>--date</c>, <c>--time</c>, <c>--today</c>).
/// </summary>
public static class SettingFormats
{
    /// <summary>A date written year-month-day, e.g. 2026-01-15.</summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A time on the 24-hour clock with a colon, e.g. 19:30 or 9:00.</summary>
    public static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
