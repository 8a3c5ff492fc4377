using CouncilSite.Data.Values;

namespace CouncilSite.Privacy;

/// <summary>
/// Spreadsheet formula injection: a CSV cell starting with =, +, - or @ is run as a formula by
/// Excel and LibreOffice when someone opens the download, which can leak data or run commands.
/// A number such as -12.00 or +5 is a number, and a lone dash means "nothing", so neither counts.
/// </summary>
public static class FormulaCells
{
    public static bool IsFormula(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@'
        && !Amounts.TryParse(cell, out _)
        && !cell.All(c => c == '-');
}
