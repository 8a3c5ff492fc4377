using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Datasets;

/// <summary>
/// A spend file shaped like a district council's monthly export (thousands of rows, quoted
/// names with commas, £ signs, credit notes in brackets, redacted payees, #N/A, a broken row)
/// builds into pages of sensible size with every row accounted for.
/// </summary>
public class LargeSpendFileTests
{
    private const int Rows = 6000;
    private const int MaxPageBytes = 200 * 1024;

    private static readonly string[] Suppliers =
    [
        "Wendham Grounds Ltd", "\"Smith, Jones & Partners\"", "EDF Energy", "REDACTED PERSONAL DATA", "Anglian Water",
        "\"Parish Supplies, Wendham\"", "Came & Company", "BT Group plc", "Wendhamshire County Council", "Mower Services",
    ];

    private static readonly string[] Categories = ["Grounds", "Utilities", "Staff", "Insurance", "Publicity", "Equipment"];

    /// <summary>A deterministic file, with the total and row count a reader must find.</summary>
    private static (byte[] Csv, decimal Total, int Rows, int Broken) Generate()
    {
        var random = new Random(20251);
        var text = new StringBuilder("Body Name,Payment Date,Transaction Number,Supplier Name,Expenditure Category,Net Amount,Irrecoverable VAT,,\r\n");
        var total = 0m;
        var counted = 0;
        for (var i = 0; i < Rows; i++)
        {
            var date = new DateOnly(2025, 4, 1).AddDays(random.Next(365));
            var pence = random.Next(10_000, 2_500_000);
            var amount = pence / 100m;
            var credit = random.Next(40) == 0;
            var amountText = (credit, random.Next(3)) switch
            {
                (true, _) => $"({amount.ToString("0.00", CultureInfo.InvariantCulture)})",
                (false, 0) => "\"£" + amount.ToString("N2", CultureInfo.GetCultureInfo("en-GB")) + "\"",
                (false, 1) => amount.ToString("0.00", CultureInfo.InvariantCulture),
                _ => "\"" + amount.ToString("N2", CultureInfo.GetCultureInfo("en-GB")) + "\"",
            };
            var missing = random.Next(200) == 0;
            if (missing)
            {
                amountText = "#N/A";
            }
            else
            {
                total += credit ? -amount : amount;
            }

            var dateText = random.Next(4) == 0 ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"Wendham District Council,{dateText},T{i:00000},{Suppliers[random.Next(Suppliers.Length)]},{Categories[random.Next(Categories.Length)]},{amountText},0.00,,\r\n");
            counted++;
            if (i % 1000 == 500)
            {
                text.Append("\r\n");
            }
        }

        text.Append("Wendham District Council,31/03/2026,T99999,Broken row,Grounds,1.00,0.00,,,extra\r\n");
        return (Encoding.UTF8.GetBytes(text.ToString()), total, counted, 1);
    }

    [Fact]
    public void Every_row_is_on_a_page_no_page_is_large_and_the_totals_match_the_file()
    {
        var (csv, total, rows, broken) = Generate();
        using var site = new TempSite(("data/spend-2025-26.yml", "title: Spending over £500\nschema: spend\nperiod:\n  start: 2025-04-01\n  end: 2026-03-31\n"))
            .With("data/spend-2025-26.csv", csv);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Diagnostics, d => d.Code == "CS201" && d.File == "data/spend-2025-26.csv");
        var folder = Path.Combine(site.Output, "data", "spend-2025-26");
        var pages = Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10);
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sum = 0m;
        foreach (var page in pages)
        {
            Assert.True(new FileInfo(page).Length < MaxPageBytes, $"{page} is {new FileInfo(page).Length} bytes");
            var table = parser.ParseDocument(File.ReadAllText(page)).QuerySelector("#data-caption")!.ParentElement!;
            var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
            var amount = headers.IndexOf("Net Amount");
            var reference = headers.IndexOf("Transaction Number");
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var cells = row.QuerySelectorAll("td");
                Assert.True(seen.Add(cells[reference].TextContent));
                if (cells[amount].TextContent != "Not available")
                {
                    sum += decimal.Parse(cells[amount].TextContent.Replace("£", ""), NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.GetCultureInfo("en-GB"));
                }
            }
        }

        Assert.Equal(rows, seen.Count);
        Assert.Equal(total, sum);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data", "spend-2025-26.json")));
        Assert.Equal(rows, json.RootElement.GetProperty("rows").GetArrayLength());
        var first = parser.ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
        Assert.Contains(string.Format(CultureInfo.GetCultureInfo("en-GB"), "£{0:N2}", total), first.QuerySelector("main")!.TextContent);
        Assert.Contains($"{broken} row of the file could not be read", first.QuerySelector("main")!.TextContent);
        Assert.NotNull(first.QuerySelector("nav.pagination a[aria-current='page']"));
    }
}
