using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Transparency;

public class TransparencyPageTests
{
    [Fact]
    public void The_page_is_a_table_with_statuses_in_words_links_and_the_year_covered()
    {
        using var site = new TempSite(
            ("documents/audit-2025-26.pdf", PdfFiles.Paper),
            ("documents/audit-2025-26.yml", "title: Internal audit report 2025-26\ncategory: internal-audit-report\nfinancial_year: 2025-26\n"));
        Assert.True(site.Build().Succeeded);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "transparency/index.html")));
        var table = page.QuerySelector("table.checklist")!;
        Assert.Equal("What the code asks for, and what is published", table.QuerySelector("caption")!.TextContent);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));

        var audit = table.QuerySelector("tr#internal-audit-report")!;
        Assert.Equal("row", audit.QuerySelector("th")!.GetAttribute("scope"));
        Assert.Equal("Present and current", audit.QuerySelector(".tag")!.TextContent);
        Assert.Equal("2025-26", audit.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("../documents/audit-2025-26.pdf", audit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Missing", table.QuerySelector("tr#accounting-statements .tag")!.TextContent);

        var nav = page.QuerySelectorAll("nav.site-nav a").Single(a => a.TextContent == "Transparency");
        Assert.Equal("page", nav.GetAttribute("aria-current"));
        Assert.Contains("Checked on 27 November 2026.", page.QuerySelector("main")!.TextContent);
    }
}
