using System.Globalization;

namespace CouncilSite.Data.Values;

/// <summary>Numbers written for residents: £1,234.50, -£12.00, 12,500.</summary>
public static class NumberText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Money(decimal value, int decimals = 2) =>
        (value < 0 ? "-£" : "£") + Math.Abs(value).ToString("N" + decimals, English);

    public static string Number(decimal value, int decimals, bool grouped) =>
        value.ToString((grouped ? "N" : "F") + decimals, English);
}
