namespace CouncilSite.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One message about the clerk's folder. Printed in the <c>file(line,col): error CODE: message</c>
/// form that editors and CI annotate, so a clerk can go straight to the place to fix.
/// </summary>
/// <param name="File">Path relative to the site folder, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the message is about the whole file.</param>
/// <param name="Column">1-based column, or 0 when not known.</param>
public sealed record Diagnostic(
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Code,
    string Message,
    string? Hint = null)
{
    /// <summary>
    /// For a setting CouncilSite does not use (CS117): its name, as a theme would read it
    /// (<c>extra.name</c>). The warning is withdrawn when the theme in use reads it.
    /// </summary>
    public string? UnusedSetting { get; init; }

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var place = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{File}{place}: {severity} {Code}: {Message}";
        return Hint is null ? text : $"{text}{Environment.NewLine}    hint: {Hint}";
    }
}
