using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Decisions;

/// <summary>
/// A council of six years of monthly meetings with ten resolutions each, and 400 news items: the
/// registers and lists were single pages of 400-700 KB here. Every page must stay under 200 KB and
/// every decision must still be found from <c>/decisions/</c>, through its year's pages.
/// </summary>
public sealed class LargeRegisterTests(LargeRegisterTests.LargeSite built) : IClassFixture<LargeRegisterTests.LargeSite>
{
    private const int Years = 6;
    private const int DecisionsPerMeeting = 10;
    private const int NewsItems = 400;
    private const long PageLimit = 200 * 1024;

    private static readonly HtmlParser Parser = new();

    private readonly TempSite _site = built.Site;

    /// <summary>The council, built once for the tests.</summary>
    public sealed class LargeSite : IDisposable
    {
        public LargeSite()
        {
            Site = new TempSite([("site.yml", TempSite.SiteYml), .. Meetings(), .. News()]);
            var result = Site.Build();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }
        }

        public TempSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    /// <summary>Full council every month, planning every other month, from 2020 to 2025.</summary>
    private static IEnumerable<(string, string)> Meetings()
    {
        var minute = 0;
        for (var year = 2020; year < 2020 + Years; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var committee = month % 2 == 0 ? "planning" : "full-council";
                var folder = $"meetings/{year}-{month:00}-14-{committee}";
                var minutes = new StringBuilder("---\napproved: 2026-01-01\n---\n");
                for (var i = 0; i < DecisionsPerMeeting; i++)
                {
                    minute++;
                    minutes.Append(CultureInfo.InvariantCulture, $"## C{minute}/{year % 100} Item {minute}\n\n")
                        .Append(CultureInfo.InvariantCulture, $"RESOLVED: That the council accepts quotation {minute} for the works to the play area, the village hall roof and the footpaths, at a cost not to exceed the sum in the budget, the Clerk to place the order and report back at the next meeting.\n\n");
                }

                yield return ($"{folder}/agenda.md", "1. Apologies");
                yield return ($"{folder}/minutes.md", minutes.ToString());
            }
        }
    }

    private static IEnumerable<(string, string)> News() =>
        Enumerable.Range(0, NewsItems).Select(i =>
        {
            var day = new DateOnly(2025, 1, 1).AddDays(i);
            return ($"news/{day:yyyy-MM-dd}-notice-{i}.md",
                $"---\ntitle: Notice {i} about the roads, the play area and the village hall\nsummary: {string.Concat(Enumerable.Repeat("Works on the roads of the parish, with closures and diversions. ", 5))}\n---\nText.");
        });

    [Fact]
    public void No_page_is_over_200_KB()
    {
        var pages = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        Assert.Empty(pages.Where(p => p.Length > PageLimit).Select(p => $"{Path.GetRelativePath(_site.Output, p.FullName)}: {p.Length} bytes"));

        // Were the registers still single pages, these would be far over the limit: the test would fail.
        Assert.True(File.Exists(Path.Combine(_site.Output, "decisions", "2020", "page-2", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "news", "page-8", "index.html")));
    }

    [Fact]
    public void Every_decision_is_reached_from_the_register_through_its_years_pages()
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "decisions/index.html" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var path))
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, path)));
            foreach (var decision in page.QuerySelectorAll(".decision"))
            {
                found.Add(Resolve(path, decision.QuerySelectorAll("a").Last().GetAttribute("href")!, keepAnchor: true));
            }

            foreach (var link in page.QuerySelectorAll("main a[href]").Select(a => Resolve(path, a.GetAttribute("href")!, keepAnchor: false)))
            {
                if (link.StartsWith("decisions/", StringComparison.Ordinal) && seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.Equal(Years * 12 * DecisionsPerMeeting, found.Count);
        Assert.All(found, f => Assert.Matches(@"^meetings/\d{4}-\d\d-14-[a-z-]+/minutes/index\.html#decision-c\d+-\d\d$", f));
        Assert.Contains("decisions/2020/page-2/index.html", seen);
        Assert.Contains("decisions/planning/2025/index.html", seen);
    }

    [Fact]
    public void The_register_lists_each_year_with_its_count_and_keeps_the_old_year_anchors()
    {
        var index = Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "decisions", "index.html")));
        var years = index.QuerySelectorAll("li[id^=year-]").ToList();
        Assert.Equal(["year-2025", "year-2024", "year-2023", "year-2022", "year-2021", "year-2020"], years.Select(y => y.Id));
        Assert.Equal("2025/index.html", years[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("120 decisions", years[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(50, index.QuerySelectorAll(".decision").Length);

        var year = Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "decisions", "2024", "index.html")));
        var others = year.QuerySelectorAll("nav.year-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../2025/index.html", "../2023/index.html", "../index.html"], others);
    }

    [Fact]
    public void The_sitemap_lists_the_new_pages()
    {
        var sitemap = File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://www.littlebramford-pc.gov.uk/decisions/2020/page-2/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://www.littlebramford-pc.gov.uk/decisions/planning/2024/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://www.littlebramford-pc.gov.uk/news/page-8/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://www.littlebramford-pc.gov.uk/committees/full-council/2020/</loc>", sitemap, StringComparison.Ordinal);
    }

    /// <summary>A link of the page at <paramref name="from"/> as a path in the output folder.</summary>
    private static string Resolve(string from, string href, bool keepAnchor)
    {
        var target = new Uri(new Uri("file:///site/" + from), href);
        var path = Uri.UnescapeDataString(target.AbsolutePath)["/site/".Length..];
        return keepAnchor ? path + target.Fragment : path;
    }
}
