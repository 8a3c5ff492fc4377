namespace CouncilSite.Data.Values;

/// <summary>The ways spreadsheets and clerks write "no value here".</summary>
public static class MissingValues
{
    /// <summary>Excel's error values, which mean nothing in any column.</summary>
    private static readonly HashSet<string> SpreadsheetErrors = new(StringComparer.OrdinalIgnoreCase)
    {
        "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!",
    };

    /// <summary>Words that stand for no value in a number or date column (in a text column they are the text).</summary>
    private static readonly HashSet<string> NoValueWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "n/a", "na", "-", "\u2013", "\u2014", "not known", "unknown", "not applicable", "none",
    };

    public static bool IsSpreadsheetError(string text) => SpreadsheetErrors.Contains(text);

    public static bool IsNoValueWord(string text) => NoValueWords.Contains(text);

    /// <summary>"REDACTED PERSONAL DATA", "Redacted", "[REDACTED]": withheld on purpose.</summary>
    public static bool IsRedacted(string text) =>
        text.TrimStart('[', '(').StartsWith("REDACTED", StringComparison.OrdinalIgnoreCase);
}
