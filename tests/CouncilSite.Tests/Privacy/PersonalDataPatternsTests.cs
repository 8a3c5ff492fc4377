using CouncilSite.Privacy;

namespace CouncilSite.Tests.Privacy;

public class PersonalDataPatternsTests
{
    private static IEnumerable<(PersonalDataKind, string)> Found(string line) => PersonalDataPatterns.Find(line).Select(m => (m.Kind, m.Value));

    [Theory]
    [InlineData("Write to jane.smith@gmail.com about it.", "jane.smith@gmail.com")]
    [InlineData("Contact: j_o'neil+council@btinternet.co.uk.", "neil+council@btinternet.co.uk")]
    public void Email_addresses(string line, string value) => Assert.Contains((PersonalDataKind.Email, value), Found(line));

    [Theory]
    [InlineData("Call 01632 960412 after six.", "01632 960412")]
    [InlineData("Mobile 07700 900123", "07700 900123")]
    [InlineData("Mobile 07700900123.", "07700900123")]
    [InlineData("Tel: +44 (0)1632 960412", "+44 (0)1632 960412")]
    [InlineData("Tel: +44 7700 900123", "+44 7700 900123")]
    [InlineData("Phone (01632) 960412", "(01632) 960412")]
    [InlineData("Ring 020 7946 0123 today", "020 7946 0123")]
    [InlineData("Ring 0161-496-0123 today", "0161-496-0123")]
    [InlineData("Call 01632 96041 now.", "01632 96041")]
    public void Uk_phone_numbers(string line, string value) => Assert.Contains((PersonalDataKind.Phone, value), Found(line));

    [Theory]
    [InlineData("NI number AB 12 34 56 C", "AB 12 34 56 C")]
    [InlineData("NINO: JG123456A", "JG123456A")]
    public void National_insurance_numbers(string line, string value) => Assert.Contains((PersonalDataKind.NationalInsurance, value), Found(line));

    [Theory]
    [InlineData("Sort code 40-47-84, account 12345678", PersonalDataKind.SortCode, "40-47-84")]
    [InlineData("Pay to 12-34-56 please", PersonalDataKind.SortCode, "12-34-56")]
    [InlineData("Bank: 08-04-25", PersonalDataKind.SortCode, "08-04-25")]
    [InlineData("Sort code 40-47-84, account 12345678", PersonalDataKind.AccountNumber, "12345678")]
    [InlineData("Account no. 87654321", PersonalDataKind.AccountNumber, "87654321")]
    [InlineData("a/c 87654321", PersonalDataKind.AccountNumber, "87654321")]
    public void Bank_details(string line, PersonalDataKind kind, string value) => Assert.Contains((kind, value), Found(line));

    [Theory]
    [InlineData("The meeting on 08/04/2025 at 19:30 in the Village Hall, Church Lane, Little Bramford, LB1 2CD.")]
    [InlineData("Dates 2025-04-08 and 8-4-2025 and 08-04-25 (the day the grant was paid).")]
    [InlineData("Payments: £1,234.50, 1234567.89, (12.00), -£1,000.00 and 12345678.50.")]
    [InlineData("Planning applications DC/26/01234/FUL, 26/01234/FUL and 2026/0123/HOUSE at SW1A 1AA.")]
    [InlineData("Voucher PV25-001, minute C048/23, item 35.1, financial year 2025-26, F25/09.")]
    [InlineData("Invoice 12345678 for the 2025-26 precept of £22,900; grid reference TL 123 456.")]
    [InlineData("REDACTED PERSONAL DATA")]
    [InlineData("The population was 01234 in the 1801 census.")]
    [InlineData("See https://www.example.org/path/0123456789 for details.")]
    public void What_councils_publish_all_the_time_is_not_personal_data(string line) => Assert.Empty(Found(line));

    [Theory]
    [InlineData("Report potholes to Wendhamshire County Council on 0300 123 4567.")]
    [InlineData("You may complain to the Information Commissioner's Office on 0303 123 1113.")]
    [InlineData("HMRC: 0300 200 3300; DVLA 0300 790 6801; Citizens Advice 0345 404 0506; Companies House 0303 1234 500.")]
    [InlineData("Ring the water company free on 0800 123 4567 or 0808 157 0000, or +44 300 123 4567 from abroad.")]
    [InlineData("Rates: 0345 600 0000, 0370 000 0000, 0845 600 0000, 0870 000 0000, 0906 000 0000.")]
    public void Numbers_only_organisations_have_are_not_personal_data(string line) => Assert.Empty(Found(line));

    [Theory]
    [InlineData("Mrs Jones on 07700 900123 about the hedge.", "07700 900123")]
    [InlineData("Mr Patel, 01632 960555, reported the streetlight.", "01632 960555")]
    [InlineData("Ring Alan on 020 7946 0999.", "020 7946 0999")]
    [InlineData("Call 056 1234 5678 in the evening.", "056 1234 5678")]
    [InlineData("Mr Brown (07700 900321) has offered to help.", "07700 900321")]
    public void Landline_mobile_and_internet_numbers_still_look_personal(string line, string value) =>
        Assert.Contains((PersonalDataKind.Phone, value), Found(line));

    [Fact]
    public void Phone_numbers_compare_as_digits_from_the_trunk_zero()
    {
        Assert.Equal("01632960412", PersonalDataPatterns.PhoneDigits("+44 (0)1632 960412"));
        Assert.Equal("01632960412", PersonalDataPatterns.PhoneDigits("+44 1632 960412"));
        Assert.Equal("01632960412", PersonalDataPatterns.PhoneDigits("01632 960412"));
    }
}
