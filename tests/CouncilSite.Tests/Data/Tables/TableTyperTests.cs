using System.Text;
using CouncilSite.Data.Csv;
using CouncilSite.Data.Spend;
using CouncilSite.Data.Tables;
using CouncilSite.Data.Values;
using CouncilSite.Diagnostics;
using CouncilSite.Sections.Datasets;

namespace CouncilSite.Tests.Data.Tables;

public class TableTyperTests
{
    private static (TypedTable Table, IReadOnlyList<Diagnostic> Messages) Type(string text, IReadOnlyList<DatasetColumn>? described = null, bool spend = false)
    {
        var bag = new DiagnosticBag();
        var csv = CsvFileReader.Read("data/x.csv", Encoding.UTF8.GetBytes(text), bag)!;
        var roles = spend ? SpendColumns.Validate(csv, bag) : null;
        return (TableTyper.Type(csv, described ?? [], roles, bag), bag.ToSortedList());
    }

    [Fact]
    public void Columns_are_typed_from_their_values()
    {
        var (table, messages) = Type("Date,Supplier,Amount,Code,Ref\n08/04/2025,EDF,\"£1,234.50\",40100,0123\n09/04/2025,SSE,(12.00),40200,0456\n");

        Assert.Equal([ColumnType.Date, ColumnType.Text, ColumnType.Money, ColumnType.Number, ColumnType.Text], table.Columns.Select(c => c.Type));
        Assert.Equal(1234.50m, table.Rows[0].Cells[2].Number);
        Assert.Equal(-12.00m, table.Rows[1].Cells[2].Number);
        Assert.Equal(new DateOnly(2025, 4, 9), table.Rows[1].Cells[0].Date);
        Assert.False(table.Columns[3].Grouped);
        Assert.Equal("0123", table.Rows[0].Cells[4].Text);
        Assert.Empty(messages);
    }

    [Fact]
    public void Na_and_redacted_values_are_missing_not_wrong()
    {
        var (table, messages) = Type("Date,Supplier,Amount\n08/04/2025,REDACTED PERSONAL DATA,#N/A\n09/04/2025,SSE,n/a\n10/04/2025,BT,5.00\n");

        Assert.Equal([CellKind.NotAvailable, CellKind.NotAvailable, CellKind.Number], table.Rows.Select(r => r.Cells[2].Kind));
        Assert.Equal(CellKind.Redacted, table.Rows[0].Cells[1].Kind);
        Assert.Equal(["#N/A", "n/a"], table.Columns[2].NullTokens);
        Assert.Empty(table.Columns[1].NullTokens);
        Assert.Empty(messages);
    }

    [Fact]
    public void A_value_that_does_not_fit_its_declared_type_is_kept_and_reported_with_its_line()
    {
        var (table, messages) = Type("Date,Amount\n08/04/2025,10.00\n09/04/2025,ten pounds\n",
            [new DatasetColumn("Amount", "Amount paid", "number", "What was paid.")]);

        Assert.Equal(CellKind.Invalid, table.Rows[1].Cells[1].Kind);
        Assert.Equal("ten pounds", table.Rows[1].Cells[1].Text);
        Assert.Equal("Amount paid", table.Columns[1].Title);
        Assert.Equal("What was paid.", table.Columns[1].Description);
        var message = Assert.Single(messages);
        Assert.Equal((DiagnosticCodes.CsvValue, 3), (message.Code, message.Line));
        Assert.Contains("'ten pounds' in the column 'Amount' is not an amount", message.Message);
    }

    [Fact]
    public void A_described_column_missing_from_the_file_is_reported()
    {
        var (_, messages) = Type("Date,Amount\n08/04/2025,1.00\n", [new DatasetColumn("Supplier", null, null, null)]);

        Assert.Equal(DiagnosticCodes.ColumnNotInFile, Assert.Single(messages).Code);
    }

    [Fact]
    public void The_date_pattern_of_a_column_is_kept_for_metadata()
    {
        var (same, _) = Type("Date\n08/04/2025\n09/04/2025\n");
        var (mixedDigits, _) = Type("Date\n08/04/2025\n9/4/2025\n");
        var (mixedStyles, _) = Type("Date\n08/04/2025\n2025-04-09\n");

        Assert.Equal("dd/MM/yyyy", same.Columns[0].DateFormat);
        Assert.Equal("d/M/yyyy", mixedDigits.Columns[0].DateFormat);
        Assert.Null(mixedStyles.Columns[0].DateFormat);
    }
}
