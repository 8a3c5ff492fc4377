namespace CouncilSite.Data.Values;

public enum CellKind
{
    Empty,

    /// <summary>A value the spreadsheet marks as missing: #N/A and the other Excel errors, or "n/a" in a number or date column.</summary>
    NotAvailable,

    /// <summary>Withheld on purpose, as the Transparency Code asks for personal data: "REDACTED PERSONAL DATA".</summary>
    Redacted,
    Text,
    Number,
    Date,

    /// <summary>Text in a number or date column that is neither; shown as written and reported.</summary>
    Invalid,
}

/// <summary>One typed value of a table, keeping the text as the file wrote it.</summary>
public readonly record struct Cell(CellKind Kind, string Text, decimal Number = 0, DateOnly Date = default);
