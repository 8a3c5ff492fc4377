using CouncilSite.Data.Tables;
using CouncilSite.Data.Values;
using CouncilSite.Sections.Datasets;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Datasets;

public class DataTableViewTests
{
    private static TableColumn Column(ColumnType type, int decimals = 2, bool grouped = true) =>
        new(0, "C", "C", null, type, decimals, grouped, null, [], false, false);

    [Theory]
    [InlineData(1234.5, ColumnType.Money, 2, true, "£1,234.50")]
    [InlineData(-12, ColumnType.Money, 2, true, "-£12.00")]
    [InlineData(1234567, ColumnType.Number, 0, true, "1,234,567")]
    [InlineData(40100, ColumnType.Number, 0, false, "40100")]
    [InlineData(1.2, ColumnType.Number, 2, true, "1.20")]
    public void Numbers_are_shown_with_pounds_and_thousands_separators(double value, ColumnType type, int decimals, bool grouped, string shown) =>
        Assert.Equal(shown, DataTableView.Text(new Cell(CellKind.Number, "", (decimal)value), Column(type, decimals, grouped), TestFormat.English));

    [Fact]
    public void Missing_values_show_the_clerks_words_and_spreadsheet_errors_in_words()
    {
        Assert.Equal("Not known", DataTableView.Text(new Cell(CellKind.NotAvailable, "Not known"), Column(ColumnType.Money), TestFormat.English));
        Assert.Equal("Not available", DataTableView.Text(new Cell(CellKind.NotAvailable, "#N/A"), Column(ColumnType.Money), TestFormat.English));
        Assert.Equal("8 April 2025", DataTableView.Text(new Cell(CellKind.Date, "08/04/2025", Date: new DateOnly(2025, 4, 8)), Column(ColumnType.Date), TestFormat.English));
    }
}
