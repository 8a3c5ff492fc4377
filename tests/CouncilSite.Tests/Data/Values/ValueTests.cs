using CouncilSite.Data.Values;

namespace CouncilSite.Tests.Data.Values;

public class ValueTests
{
    [Theory]
    [InlineData("1234.5", "1234.5")]
    [InlineData("£1,234.50", "1234.50")]
    [InlineData(" £ 1,234.50 ", "1234.50")]
    [InlineData("(12.00)", "-12.00")]
    [InlineData("(£12.00)", "-12.00")]
    [InlineData("-12.00", "-12.00")]
    [InlineData("-£12.00", "-12.00")]
    [InlineData("£-12.00", "-12.00")]
    [InlineData("+5", "5")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("0.50", "0.50")]
    public void Amounts_as_spreadsheets_write_them(string text, string expected)
    {
        Assert.True(Amounts.TryParse(text, out var amount));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
    }

    [Theory]
    [InlineData("1,2")]
    [InlineData("12,34.00")]
    [InlineData("£")]
    [InlineData("(-12.00)")]
    [InlineData("12.00 GBP")]
    [InlineData("#N/A")]
    [InlineData("REDACTED PERSONAL DATA")]
    [InlineData("08/04/2025")]
    [InlineData("")]
    public void Text_that_is_not_an_amount(string text) => Assert.False(Amounts.TryParse(text, out _));

    [Fact]
    public void An_amount_remembers_how_it_was_written()
    {
        Assert.True(Amounts.TryParse("(£1,234.5)", out var amount));
        Assert.Equal(new Amount(-1234.5m, Pound: true, Grouped: true, Parentheses: true, Decimals: 1), amount);
    }

    [Theory]
    [InlineData("08/04/2025", 2025, 4, 8, "dd/MM/yyyy")]
    [InlineData("8/4/2025", 2025, 4, 8, "d/M/yyyy")]
    [InlineData("08/04/25", 2025, 4, 8, "dd/MM/yy")]
    [InlineData("08-04-2025", 2025, 4, 8, "dd-MM-yyyy")]
    [InlineData("08.04.2025", 2025, 4, 8, "dd.MM.yyyy")]
    [InlineData("2025-04-08", 2025, 4, 8, "yyyy-MM-dd")]
    [InlineData("2025-04-08T00:00:00", 2025, 4, 8, "yyyy-MM-ddTHH:mm:ss")]
    [InlineData("08/04/2025 00:00", 2025, 4, 8, "dd/MM/yyyy HH:mm")]
    [InlineData("8 Apr 2025", 2025, 4, 8, "d MMM yyyy")]
    [InlineData("08-Sept-25", 2025, 9, 8, "d MMM yyyy")]
    [InlineData("31/12/2025", 2025, 12, 31, "dd/MM/yyyy")]
    public void Dates_are_read_day_first(string text, int year, int month, int day, string pattern)
    {
        Assert.True(Dates.TryParse(text, out var date, out var written));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Equal(pattern, written);
    }

    [Theory]
    [InlineData("31/02/2025")]
    [InlineData("12/13/2025")]
    [InlineData("2025/04/08")]
    [InlineData("08/04-2025")]
    [InlineData("April 2025")]
    [InlineData("1234.50")]
    public void Text_that_is_not_a_date(string text) => Assert.False(Dates.TryParse(text, out _, out _));
}
