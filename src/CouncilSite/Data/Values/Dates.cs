using System.Globalization;
using System.Text.RegularExpressions;

namespace CouncilSite.Data.Values;

/// <summary>
/// Reads dates as UK spreadsheets write them: 08/04/2025, 8/4/25, 08-04-2025, 08.04.2025,
/// 2025-04-08 (with or without a time), 8 Apr 2025 and 08-Apr-25. Numeric dates are always
/// day first, as in the UK; a two-digit year is in this century.
/// </summary>
public static partial class Dates
{
    /// <param name="pattern">How the date was written, as a Unicode (LDML) date pattern such as <c>dd/MM/yyyy</c>.</param>
    public static bool TryParse(string text, out DateOnly date, out string pattern)
    {
        date = default;
        pattern = "";
        var s = text.Trim();

        var iso = Iso().Match(s);
        if (iso.Success)
        {
            pattern = iso.Groups["time"].Success ? "yyyy-MM-ddTHH:mm:ss" : "yyyy-MM-dd";
            return Make(Int(iso, "y"), Int(iso, "m"), Int(iso, "d"), out date);
        }

        var numeric = DayFirst().Match(s);
        if (numeric.Success)
        {
            var separator = numeric.Groups["sep"].Value;
            var day = numeric.Groups["d"].Value;
            var month = numeric.Groups["m"].Value;
            var year = numeric.Groups["y"].Value;
            pattern = (day.Length == 2 ? "dd" : "d") + separator + (month.Length == 2 ? "MM" : "M") + separator + (year.Length == 4 ? "yyyy" : "yy")
                + (numeric.Groups["time"].Success ? " HH:mm" : "");
            return Make(year.Length == 2 ? 2000 + int.Parse(year, CultureInfo.InvariantCulture) : int.Parse(year, CultureInfo.InvariantCulture),
                int.Parse(month, CultureInfo.InvariantCulture), int.Parse(day, CultureInfo.InvariantCulture), out date);
        }

        var named = MonthName().Match(s);
        if (named.Success && MonthNumber(named.Groups["m"].Value) is { } m)
        {
            var year = named.Groups["y"].Value;
            pattern = "d MMM yyyy";
            return Make(year.Length == 2 ? 2000 + int.Parse(year, CultureInfo.InvariantCulture) : int.Parse(year, CultureInfo.InvariantCulture),
                m, int.Parse(named.Groups["d"].Value, CultureInfo.InvariantCulture), out date);
        }

        return false;
    }

    private static bool Make(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? MonthNumber(string name)
    {
        var key = name.ToLowerInvariant();
        if (key == "sept")
        {
            return 9;
        }

        for (var i = 0; i < 12; i++)
        {
            var full = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[i].ToLowerInvariant();
            if (key == full || key == full[..3])
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?<time>[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?<time>\s+\d{1,2}:\d{2}(:\d{2})?)?$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<d>\d{1,2})[ -](?<m>[A-Za-z]{3,9})[ -](?<y>\d{4}|\d{2})$")]
    private static partial Regex MonthName();
}
