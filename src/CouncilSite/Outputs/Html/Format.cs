using System.Globalization;

namespace CouncilSite.Outputs.Html;

/// <summary>Dates and times written the way GOV.UK's style guide writes them: "15 January 2026", "7:30pm".</summary>
public static class Format
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string DayDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        if (time is { Hour: 12, Minute: 0 })
        {
            return "midday";
        }

        if (time is { Hour: 0, Minute: 0 })
        {
            return "midnight";
        }

        return time.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{time.Minute:00}{suffix}";
    }
}
