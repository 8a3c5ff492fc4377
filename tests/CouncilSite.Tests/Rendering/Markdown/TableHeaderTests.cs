using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Markdown;

/// <summary>A clerk's table with an empty header cell: every header a screen reader announces has text (axe: empty-table-header).</summary>
public class TableHeaderTests
{
    private const string Table = "| | 2025-26 | 2026-27 |\n|---|--:|--:|\n| Precept | £24,000 | £25,500 |\n| Grants | £1,200 | £900 |\n";

    private static string BuiltPage(string markdown)
    {
        using var site = new TempSite(("pages/budget.md", "# Budget\n\n" + markdown));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return File.ReadAllText(Path.Combine(site.Output, "budget", "index.html"));
    }

    private static AngleSharp.Dom.IElement BuiltTable(string markdown) =>
        Assert.Single(new HtmlParser().ParseDocument(BuiltPage(markdown)).QuerySelectorAll("main table"));

    [Fact]
    public void The_empty_corner_is_a_data_cell_and_every_column_keeps_its_header()
    {
        var table = BuiltTable(Table);
        Assert.All(table.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrWhiteSpace(th.TextContent)));
        Assert.Equal(["TD:", "TH:2025-26", "TH:2026-27"], table.QuerySelectorAll("thead tr > *").Select(c => $"{c.TagName}:{c.TextContent.Trim()}"));
        Assert.Equal("align-right", table.QuerySelectorAll("thead th")[0].GetAttribute("class"));
    }

    [Fact]
    public void An_empty_header_over_an_aligned_column_keeps_its_alignment()
    {
        var table = BuiltTable("| Item | |\n|---|--:|\n| Precept | £24,000 |\n");
        var empty = Assert.Single(table.QuerySelectorAll("thead td"));
        Assert.Equal("align-right", empty.GetAttribute("class"));
        Assert.Equal("Item", Assert.Single(table.QuerySelectorAll("th")).TextContent);
    }

    [Fact]
    public void The_text_after_the_table_follows_it_as_after_any_table() =>
        Assert.Contains("</table>\n<p>Approved in January.</p>", BuiltPage(Table + "\nApproved in January.\n"));

    [Fact]
    public void A_table_whose_headers_all_have_text_is_drawn_as_before() =>
        Assert.Equal(3, BuiltTable("| Item | 2025-26 | 2026-27 |\n|---|---|---|\n| Precept | 1 | 2 |\n").QuerySelectorAll("thead th").Length);
}
