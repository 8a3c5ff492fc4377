using System.Globalization;
using System.Text;
using CouncilSite.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CouncilSite.BrowserTests;

/// <summary>
/// A council's spend file of thousands of rows, as Chromium draws its pages: every page of the
/// table passes axe, the pages link to each other, and the table never widens the page on a phone.
/// </summary>
public sealed class LargeTableTests : IClassFixture<LargeTableTests.LargeSpendSite>
{
    private readonly LargeSpendSite _site;

    public LargeTableTests(LargeSpendSite site) => _site = site;

    [BrowserFact]
    public async Task Every_page_of_a_large_table_is_accessible_and_reached_through_the_pagination()
    {
        await using var context = await _site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        var visited = new List<string>();
        var violations = new List<string>();
        var url = new Uri(_site.Server.Address, "data/spending/").ToString();
        while (url is not null && visited.Count < 100)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response is { Status: 200 }, $"{url} answered {response?.Status}");
            visited.Add(url);

#pragma warning disable CS0618
            var result = await page.RunAxeLegacy(options: AxeTests.Rules);
#pragma warning restore CS0618
            violations.AddRange(from rule in result.Violations from node in rule.Nodes select $"{url}: {rule.Id} at {node.Target}: {rule.Help}");
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{url} scrolls sideways at 320 px");

            var next = page.Locator("a[rel='next']");
            url = await next.CountAsync() == 0 ? null : new Uri(new Uri(page.Url), await next.First.GetAttributeAsync("href")).ToString();
        }

        Assert.True(visited.Count >= 3, $"Expected the {LargeSpendSite.Rows}-row table over several pages, found {visited.Count}");
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>A site holding one generated spend file, built, served on loopback and opened in Chromium.</summary>
    public sealed class LargeSpendSite : IAsyncLifetime
    {
        public const int Rows = 4000;

        private ServedSite? _site;

        public IBrowser Browser => _site!.Browser;

        public StaticServer Server => _site!.Server;

        public async Task InitializeAsync()
        {
            // xunit makes a fixture even when every test that uses it is skipped.
            if (Chromium.SkipReason is null)
            {
                _site = await ServedSite.StartAsync(WriteSite);
            }
        }

        public async Task DisposeAsync()
        {
            if (_site is not null)
            {
                await _site.DisposeAsync();
            }
        }

        private static void WriteSite(string folder)
        {
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            File.WriteAllText(Path.Combine(folder, "site.yml"), "name: Upper Wendham Town Council\ncommittees:\n  - id: full-council\n    name: Full Council\n");
            File.WriteAllText(Path.Combine(folder, "data", "spending.yml"),
                "title: Payments over £100\nschema: spend\nperiod:\n  start: 2015-04-01\n  end: 2026-03-31\n");
            File.WriteAllText(Path.Combine(folder, "data", "spending.csv"), SpendCsv(), Encoding.UTF8);
        }

        /// <summary>Deterministic payments in the shape councils publish: day-first dates, £ amounts with commas.</summary>
        private static string SpendCsv()
        {
            string[] suppliers = ["Anglian Water", "Wendham Grounds Ltd", "Came & Company", "EDF Energy", "REDACTED PERSONAL DATA", "Wendhamshire ALC"];
            string[] purposes = ["Water supply, allotments", "Grass cutting, The Green", "Insurance premium", "Street lighting energy", "Clerk's salary", "Training: new councillors"];
            var csv = new StringBuilder("Date,Supplier,Description,Amount,VAT\n");
            var day = new DateOnly(2015, 4, 1);
            for (var i = 0; i < Rows; i++)
            {
                var amount = 100 + (i * 37 % 4900) + (i % 100) / 100m;
                csv.Append(CultureInfo.InvariantCulture, $"{day.AddDays(i).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)},{suppliers[i % suppliers.Length]},\"{purposes[i % purposes.Length]}\",\"£{amount.ToString("#,##0.00", CultureInfo.InvariantCulture)}\",{(amount / 5).ToString("0.00", CultureInfo.InvariantCulture)}\n");
            }

            return csv.ToString();
        }
    }
}
