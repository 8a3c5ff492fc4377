using System.Globalization;
using CouncilSite.Content;
using CouncilSite.Rendering.Language;

namespace CouncilSite.Outputs.Html;

/// <summary>
/// How pages in one language write what they show: their words (from the strings file), dates and
/// times the way GOV.UK's style guide writes them ("15 January 2026", "7:30pm", "midday"), and
/// numbers and amounts, in the culture of the strings' language.
/// </summary>
public sealed class Format
{
    private readonly CultureInfo _culture;
    private readonly string _am;
    private readonly string _pm;
    private readonly string _midday;
    private readonly string _midnight;

    public Format(Strings strings)
    {
        Strings = strings;
        _culture = strings.Culture;
        _am = strings.Text("time.am");
        _pm = strings.Text("time.pm");
        _midday = strings.Text("time.midday");
        _midnight = strings.Text("time.midnight");
    }

    public Strings Strings { get; }

    /// <summary>A string of the strings file, with its values: <c>Text("meetings.in_year", ("year", 2026))</c>.</summary>
    public string Text(string key, params (string Name, object Value)[] values) => Strings.Text(key, values);

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", _culture);

    public string DayDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", _culture);

    /// <summary>The date as machines read it (<c>datetime</c>, feeds), the same in every language.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Time(TimeOnly time)
    {
        if (time is { Hour: 12, Minute: 0 })
        {
            return _midday;
        }

        if (time is { Hour: 0, Minute: 0 })
        {
            return _midnight;
        }

        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? _am : _pm;
        return time.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{time.Minute:00}{suffix}";
    }

    /// <summary>A count, grouped in thousands: 12,500.</summary>
    public string Count(long value) => value.ToString("N0", _culture);

    /// <summary>
    /// A count with its noun, from the strings <c>key_one</c> (for 1) and <c>key_other</c>, each
    /// showing <c>{count}</c>: "1 row", "12,500 rows".
    /// </summary>
    public string Plural(string key, long count) => Text(count == 1 ? key + "_one" : key + "_other", ("count", Count(count)));

    /// <summary>"April 2025": a month in a table or a chart's description.</summary>
    public string Month(DateOnly month) => month.ToString("MMMM yyyy", _culture);

    /// <summary>"Apr 25": a month short enough for twelve side by side, as in a chart's labels.</summary>
    public string ShortMonth(DateOnly month) => month.ToString("MMM yy", _culture);

    /// <summary>Pounds sterling, whatever the language: £1,234.50, -£12.00.</summary>
    public string Money(decimal value, int decimals = 2) =>
        (value < 0 ? "-£" : "£") + Math.Abs(value).ToString("N" + decimals, _culture);

    /// <summary>A file's kind in words ("PDF", "CSV spreadsheet"), from the strings <c>file_kind</c>.</summary>
    public string FileKind(FileAttachment file) =>
        file.KindKey is { } key ? Text("file_kind." + key)
        : file.UnknownExtension.Length > 0 ? Text("file_kind.other", ("extension", file.UnknownExtension))
        : Text("file_kind.unknown");

    /// <summary>A file's size as people read it: "512 bytes", "24 KB", "3.2 MB", "3.0 GB".</summary>
    public string FileSize(long bytes) => bytes switch
    {
        < 1024 => Text("file_size.bytes", ("count", Number(bytes, 0, false))),
        < 1024 * 1024 => Text("file_size.kb", ("count", Number(Math.Max(1, Math.Round(bytes / 1024m)), 0, false))),
        < 1024 * 1024 * 1024 => Text("file_size.mb", ("count", Number((decimal)(bytes / (1024.0 * 1024.0)), 1, false))),
        _ => Text("file_size.gb", ("count", Number((decimal)(bytes / (1024.0 * 1024.0 * 1024.0)), 1, false))),
    };

    public string Number(decimal value, int decimals, bool grouped) =>
        value.ToString((grouped ? "N" : "F") + decimals, _culture);
}
