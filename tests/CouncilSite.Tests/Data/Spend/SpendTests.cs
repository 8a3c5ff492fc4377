using System.Text;
using CouncilSite.Data.Csv;
using CouncilSite.Data.Spend;
using CouncilSite.Data.Tables;
using CouncilSite.Diagnostics;

namespace CouncilSite.Tests.Data.Spend;

public class SpendTests
{
    private static (SpendSummary? Summary, IReadOnlyList<Diagnostic> Messages) Summarise(string text)
    {
        var bag = new DiagnosticBag();
        var csv = CsvFileReader.Read("data/spend.csv", Encoding.UTF8.GetBytes(text), bag)!;
        var roles = SpendColumns.Validate(csv, bag);
        var table = TableTyper.Type(csv, [], roles, bag);
        return (roles is null ? null : SpendAnalysis.Summarise(table, roles), bag.ToSortedList());
    }

    [Fact]
    public void Header_names_match_ignoring_case_spaces_and_punctuation_with_the_listed_alternatives()
    {
        var roles = SpendColumns.Match(["PAYMENT DATE", "supplier_name", "Amount (£)", "expenditure category", "VAT", "Transaction Number"]);

        Assert.Equal(0, roles[SpendRole.Date]);
        Assert.Equal(1, roles[SpendRole.Supplier]);
        Assert.Equal(2, roles[SpendRole.Amount]);
        Assert.Equal(3, roles[SpendRole.Purpose]);
        Assert.Equal(3, roles[SpendRole.Category]);
        Assert.Equal(4, roles[SpendRole.Vat]);
        Assert.Equal(5, roles[SpendRole.Reference]);
    }

    [Fact]
    public void Missing_columns_are_named_with_the_header_found_on_line_one()
    {
        var (summary, messages) = Summarise("Date,Payee Name,Cost,Notes\n08/04/2025,EDF,10.00,Power\n");

        Assert.Null(summary);
        var message = Assert.Single(messages);
        Assert.Equal("data/spend.csv(1,1): warning CS204: This spend data has no column for the amount or what the payment was for, so it is shown as a plain table without totals. The header row has: Date, Payee Name, Cost, Notes.",
            message.ToString().Split(Environment.NewLine)[0]);
        Assert.Contains("Amount (or Net Amount, Value)", message.Hint);
        Assert.Contains("Description (or Purpose, Expenditure Category)", message.Hint);
    }

    private const string Payments = """
        Date,Supplier,Amount,Description,Category
        08/04/2025,EDF Energy,"£1,000.00",Electricity,Utilities
        20/04/2025,edf energy ,250.50,Electricity,Utilities
        02/05/2025,Mower Ltd,300.00,Grass cutting,Grounds
        15/05/2025,REDACTED PERSONAL DATA,400.00,Salary,Staff
        30/05/2025,Mower Ltd,(50.00),Credit note,Grounds
        31/05/2025,Mower Ltd,#N/A,Grass cutting,Grounds
        not a date,Parish Press,10.00,Newsletter,Publicity
        """;

    [Fact]
    public void Totals_by_month_supplier_and_category_count_every_amount_once()
    {
        var (summary, _) = Summarise(Payments);

        Assert.NotNull(summary);
        Assert.Equal(7, summary.Rows);
        Assert.Equal(1, summary.RowsWithoutAmount);
        Assert.Equal(1910.50m, summary.Total);
        Assert.Equal(
            [("2025-04", "April 2025", 1250.50m, 2), ("2025-05", "May 2025", 650.00m, 3), (SpendSummary.NoDateKey, "Date not given", 10.00m, 1)],
            summary.Months.Select(m => (m.Key, m.Label, m.Total, m.Count)));
        Assert.Equal(
            [("EDF Energy", 1250.50m, 2), ("REDACTED PERSONAL DATA", 400.00m, 1), ("Mower Ltd", 250.00m, 2), ("Parish Press", 10.00m, 1)],
            summary.Suppliers.Select(s => (s.Label, s.Total, s.Count)));
        Assert.Equal(
            [("Utilities", 1250.50m), ("Staff", 400.00m), ("Grounds", 250.00m), ("Publicity", 10.00m)],
            summary.Categories.Select(c => (c.Label, c.Total)));
        Assert.Equal("Category", summary.CategoryColumn);
        Assert.Equal((new DateOnly(2025, 4, 8), new DateOnly(2025, 5, 31)), (summary.First, summary.Last));
    }

    [Fact]
    public void Without_a_category_column_there_are_no_category_totals()
    {
        var (summary, _) = Summarise("Date,Supplier,Amount,Description\n08/04/2025,EDF,1.00,Power\n");

        Assert.Empty(summary!.Categories);
        Assert.Null(summary.CategoryColumn);
    }
}
