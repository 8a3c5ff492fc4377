using System.Text.RegularExpressions;
using CouncilSite.Data.Tables;

namespace CouncilSite.Outputs.OpenData;

/// <summary>
/// How a column is described to re-users: the JSON type of its values, and the date patterns
/// CSV on the Web and Frictionless can read. A column written in a way those standards cannot
/// describe (amounts in brackets, dates in mixed styles) is declared as text rather than wrongly.
/// </summary>
public static partial class ColumnTypes
{
    public static string Json(TableColumn column) => column.Type switch
    {
        ColumnType.Number or ColumnType.Money => "number",
        ColumnType.Date => "date",
        _ => "string",
    };

    /// <summary>Whether the file's numbers can be read as decimals by a standard reader (a £ sign is allowed where the standard allows it).</summary>
    public static bool NumbersReadable(TableColumn column) => column.IsNumeric && !column.Brackets;

    /// <summary>A date pattern from the list CSV on the Web requires readers to know, or null.</summary>
    public static string? CsvwDate(TableColumn column)
    {
        var format = column.DateFormat;
        if (column.Type != ColumnType.Date || format is null)
        {
            return null;
        }

        if (format == "yyyy-MM-dd")
        {
            return format;
        }

        var match = DayMonthYear().Match(format);
        if (!match.Success)
        {
            return null;
        }

        var s = match.Groups["sep"].Value;
        return format == $"dd{s}MM{s}yyyy" ? format : $"d{s}M{s}yyyy";
    }

    /// <summary>The Frictionless (strftime) form of the column's date pattern, <c>default</c> for ISO dates, or null.</summary>
    public static string? FrictionlessDate(TableColumn column)
    {
        var format = column.DateFormat;
        if (column.Type != ColumnType.Date || format is null || format.Contains('H'))
        {
            return null;
        }

        return format == "yyyy-MM-dd" ? "default" : Tokens().Replace(format, m => m.Value switch
        {
            "yyyy" => "%Y",
            "yy" => "%y",
            "MMM" => "%b",
            "MM" or "M" => "%m",
            _ => "%d",
        });
    }

    [GeneratedRegex(@"^d{1,2}(?<sep>[/.-])M{1,2}\k<sep>yyyy$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex("yyyy|yy|MMM|MM|M|dd|d")]
    private static partial Regex Tokens();
}
