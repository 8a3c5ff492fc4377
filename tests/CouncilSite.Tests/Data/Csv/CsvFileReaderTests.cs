using System.Text;
using CouncilSite.Data.Csv;
using CouncilSite.Diagnostics;

namespace CouncilSite.Tests.Data.Csv;

/// <summary>The quirks of CSV files as councils' spreadsheets and finance systems really write them.</summary>
public class CsvFileReaderTests
{
    private const string File = "data/spending.csv";

    private static (CsvFile Csv, IReadOnlyList<Diagnostic> Messages) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static (CsvFile Csv, IReadOnlyList<Diagnostic> Messages) Read(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var csv = CsvFileReader.Read(File, bytes, bag);
        Assert.NotNull(csv);
        return (csv, bag.ToSortedList());
    }

    private static string[] Cells(CsvRow row) => row.Cells.ToArray();

    [Fact]
    public void Utf8_without_a_byte_order_mark_keeps_the_pound_sign()
    {
        var (csv, messages) = Read("Date,Supplier,Amount\n08/04/2025,Café Rouge,£12.00\n");

        Assert.Equal(CsvEncoding.Utf8, csv.Encoding);
        Assert.Equal(["08/04/2025", "Café Rouge", "£12.00"], Cells(csv.Rows[0]));
        Assert.Empty(messages);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_does_not_put_the_mark_in_the_first_column_name()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Date,Amount\n2025-04-08,£5.00\n")).ToArray();

        var (csv, _) = Read(bytes);

        Assert.Equal(CsvEncoding.Utf8WithBom, csv.Encoding);
        Assert.Equal("Date", csv.Columns[0].Name);
        Assert.Equal("£5.00", csv.Rows[0].Cells[1]);
    }

    [Fact]
    public void Windows_1252_from_excel_is_read_with_the_pound_sign_right_and_a_warning_at_its_first_line()
    {
        var bytes = Encoding.Latin1.GetBytes("Date,Supplier,Amount\n08/04/2025,Smith's,10.00\n09/04/2025,Caf\u00e9 Rouge,\u00a312.50\n");

        var (csv, messages) = Read(bytes);

        Assert.Equal(CsvEncoding.Windows1252, csv.Encoding);
        Assert.Equal("Café Rouge", csv.Rows[1].Cells[1]);
        Assert.Equal("£12.50", csv.Rows[1].Cells[2]);
        var warning = Assert.Single(messages);
        Assert.Equal(DiagnosticCodes.CsvNotUtf8, warning.Code);
        Assert.Equal((File, 3), (warning.File, warning.Line));
        Assert.False(warning.IsError);
    }

    [Fact]
    public void Quoted_commas_and_line_breaks_stay_inside_their_value_and_later_rows_keep_their_file_lines()
    {
        var (csv, messages) = Read("Date,Supplier,Description,Amount\n08/04/2025,\"Smith, J\",\"Grass cutting,\nApril and May\",\"£1,234.50\"\n09/04/2025,EDF,Electricity,10.00\n");

        Assert.Equal(["08/04/2025", "Smith, J", "Grass cutting,\nApril and May", "£1,234.50"], Cells(csv.Rows[0]));
        Assert.Equal(2, csv.Rows[0].Line);
        Assert.Equal(4, csv.Rows[1].Line);
        Assert.Empty(messages);
    }

    [Fact]
    public void Blank_lines_and_rows_of_empty_cells_are_skipped_without_a_message()
    {
        var (csv, messages) = Read("Date,Amount\n\n08/04/2025,1.00\n\n,\n09/04/2025,2.00\n,,\n");

        Assert.Equal([3, 6], csv.Rows.Select(r => r.Line));
        Assert.Equal(0, csv.MalformedRows);
        Assert.Empty(messages);
    }

    [Fact]
    public void Empty_trailing_columns_are_dropped_but_kept_in_the_header_as_written()
    {
        var (csv, messages) = Read("Date,Supplier,Amount,,\n08/04/2025,EDF,10.00,,\n09/04/2025,SSE,11.00\n");

        Assert.Equal(["Date", "Supplier", "Amount"], csv.Columns.Select(c => c.Name));
        Assert.Equal(5, csv.HeaderCells.Count);
        Assert.Equal(2, csv.Rows.Count);
        Assert.Empty(messages);
    }

    [Fact]
    public void Crlf_line_endings_are_read_like_lf()
    {
        var (csv, _) = Read("Date,Amount\r\n08/04/2025,\"1,000.00\"\r\n09/04/2025,2.00\r\n");

        Assert.Equal(["09/04/2025", "2.00"], Cells(csv.Rows[1]));
        Assert.Equal(3, csv.Rows[1].Line);
    }

    [Fact]
    public void A_row_with_an_extra_value_is_reported_with_its_line_and_the_rest_are_read()
    {
        var (csv, messages) = Read("Date,Supplier,Amount\n08/04/2025,EDF,10.00\n09/04/2025,Smith, J,5.00\n10/04/2025,SSE,7.00\n");

        Assert.Equal(["EDF", "SSE"], csv.Rows.Select(r => r.Cells[1]));
        Assert.Equal(1, csv.MalformedRows);
        var message = Assert.Single(messages);
        Assert.Equal((DiagnosticCodes.CsvMalformedRow, File, 3), (message.Code, message.File, message.Line));
        Assert.StartsWith("data/spending.csv(3,1): warning CS201: This row has 4 values but the header row has 3 columns", message.ToString());
    }

    [Fact]
    public void A_short_row_is_reported_and_left_out()
    {
        var (csv, messages) = Read("Date,Supplier,Amount\n08/04/2025,EDF\n09/04/2025,SSE,7.00\n");

        Assert.Equal(["SSE"], csv.Rows.Select(r => r.Cells[1]));
        Assert.Equal(2, Assert.Single(messages).Line);
    }

    [Fact]
    public void A_quote_never_closed_loses_only_its_own_row()
    {
        var (csv, messages) = Read("Date,Supplier,Amount\n08/04/2025,EDF,10.00\n09/04/2025,\"Smith,5.00\n10/04/2025,SSE,7.00\n11/04/2025,BT,8.00\n");

        Assert.Equal(["EDF", "SSE", "BT"], csv.Rows.Select(r => r.Cells[1]));
        Assert.Equal([2, 4, 5], csv.Rows.Select(r => r.Line));
        Assert.Equal(1, csv.MalformedRows);
        Assert.Equal(3, Assert.Single(messages, m => m.Code == DiagnosticCodes.CsvMalformedRow).Line);
    }

    [Fact]
    public void Nul_and_other_control_characters_are_taken_out_with_a_warning_naming_their_line()
    {
        var (csv, messages) = Read("Date,Sup\u0001plier,Amount\n08/04/2025,EDF,10.00\n09/04/2025,Sm\0ith\u001b[31m\u007f,\u00855.00\n10/04/2025,\"Two\tparts\nof it\",7.00\n");

        Assert.Equal("Supplier", csv.Columns[1].Name);
        Assert.Equal(["09/04/2025", "Smith[31m", "5.00"], Cells(csv.Rows[1]));
        Assert.Equal("Two\tparts\nof it", csv.Rows[2].Cells[1]);
        Assert.Equal([1, 3], messages.Where(m => m.Code == DiagnosticCodes.CsvControlCharacters).Select(m => m.Line));
        Assert.All(messages, m => Assert.False(m.IsError));
    }

    [Fact]
    public void A_quote_left_open_that_swallows_the_next_row_is_a_warning_naming_both_lines()
    {
        var (csv, messages) = Read("Date,Supplier,Amount\n08/04/2025,\"Smith,10.00\n09/04/2025,Jones\",20.00\n10/04/2025,SSE,7.00\n");

        var warning = Assert.Single(messages);
        Assert.Equal((DiagnosticCodes.CsvQuoteUnclosed, File, 2), (warning.Code, warning.File, warning.Line));
        Assert.Contains("line 2", warning.Message);
        Assert.Contains("line 3", warning.Message);
        Assert.Equal([2, 4], csv.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_value_that_really_runs_over_lines_gives_no_warning_about_quotes()
    {
        var (_, messages) = Read("Date,Supplier,Address,Amount\n08/04/2025,Mower Ltd,\"Unit 4,\nMill Lane, Little Bramford\",20.00\n");

        Assert.Empty(messages);
    }

    [Fact]
    public void A_stray_quote_inside_a_value_is_kept_as_written()
    {
        var (csv, messages) = Read("Description,Amount\nPipe 12\" long,4.00\n");

        Assert.Equal("Pipe 12\" long", csv.Rows[0].Cells[0]);
        Assert.Empty(messages);
    }

    [Fact]
    public void A_column_with_values_but_no_name_is_named_and_reported()
    {
        var (csv, messages) = Read("Date,,Amount\n08/04/2025,note,1.00\n");

        Assert.Equal(["Date", "Column 2", "Amount"], csv.Columns.Select(c => c.Name));
        Assert.Equal(DiagnosticCodes.CsvHeader, Assert.Single(messages).Code);
    }

    [Fact]
    public void An_empty_file_is_reported_and_gives_no_table()
    {
        var bag = new DiagnosticBag();

        Assert.Null(CsvFileReader.Read(File, [], bag));
        Assert.Equal(DiagnosticCodes.CsvMalformedRow, Assert.Single(bag.ToSortedList()).Code);
    }
}
