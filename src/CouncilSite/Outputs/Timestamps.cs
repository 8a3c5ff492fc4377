using System.Globalization;

namespace CouncilSite.Outputs;

/// <summary>Dates and times as files for other programs write them: RFC 3339 / ISO 8601, with the offset of the day.</summary>
public static class Timestamps
{
    /// <summary><c>2026-07-16T19:30:00+01:00</c>.</summary>
    public static string Instant(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary><c>2026-07-16</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Midnight at the start of <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
