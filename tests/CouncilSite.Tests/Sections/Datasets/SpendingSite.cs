using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Datasets;

/// <summary>A site with one spend dataset as a clerk describes it, for the tests of its page and of its open-data files.</summary>
internal static class SpendingSite
{
    private const string Spend = "Date,Supplier,Amount,Description,,\n08/04/2025,EDF Energy,\"£1,234.50\",Electricity,,\n09/05/2025,REDACTED PERSONAL DATA,(12.00),Refund,,\n10/05/2025,Mower Ltd,#N/A,Grass,,\n";

    private const string SpendYml = """
        title: Spending over £100, 2025-26
        description: Every payment over £100.
        period:
          start: 2025-04-01
          end: 2026-03-31
        schema: spend
        updated: 2026-04-29
        columns:
          Amount:
            title: Amount paid
            description: Net of VAT.
        """;

    public static TempSite Create(byte[]? csv = null, string siteYml = TempSite.SiteYml) =>
        new TempSite(("site.yml", siteYml), ("data/spending-2025-26.yml", SpendYml)).With("data/spending-2025-26.csv", csv ?? Encoding.UTF8.GetBytes(Spend));

    public static IHtmlDocument Page(TempSite site, string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, path)));
}
