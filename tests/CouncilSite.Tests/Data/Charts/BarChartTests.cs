using AngleSharp.Html.Parser;
using CouncilSite.Data.Charts;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Data.Charts;

public class BarChartTests
{
    private static readonly Bar[] Months =
    [
        new("Apr 25", "April 2025", 1250.50m),
        new("May 25", "May 2025", 650m),
        new("Jun 25", "June 2025", -40m),
    ];

    [Fact]
    public void The_chart_is_an_image_named_by_its_title_and_described_in_words()
    {
        var svg = new HtmlParser().ParseDocument("<body>" + BarChart.Render("c", "Spending by month", Months, "The table gives every month.", TestFormat.English) + "</body>").QuerySelector("svg")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("c-title c-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Spending by month", svg.QuerySelector("title#c-title")!.TextContent);
        Assert.Equal("Bar chart of spending by month, April 2025 to June 2025. The highest is April 2025, £1,250.50; the lowest is June 2025, -£40.00. The table gives every month.",
            svg.QuerySelector("desc#c-desc")!.TextContent);
        Assert.Equal(3, svg.QuerySelectorAll("rect").Length);
        Assert.Empty(svg.QuerySelectorAll("script"));
    }

    [Fact]
    public void A_negative_month_is_drawn_below_the_zero_line_and_a_positive_one_above()
    {
        var svg = new HtmlParser().ParseDocument("<body>" + BarChart.Render("c", "Spending by month", Months, "", TestFormat.English) + "</body>").QuerySelector("svg")!;
        var zero = svg.QuerySelectorAll("line").Single(l => l.GetAttribute("stroke") == "#0b0c0c");
        var y = double.Parse(zero.GetAttribute("y1")!, System.Globalization.CultureInfo.InvariantCulture);
        var bars = svg.QuerySelectorAll("rect").Select(r => (Top: double.Parse(r.GetAttribute("y")!, System.Globalization.CultureInfo.InvariantCulture), Height: double.Parse(r.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture))).ToList();

        Assert.Equal(y, bars[0].Top + bars[0].Height, 1);
        Assert.Equal(y, bars[2].Top, 1);
    }

    [Fact]
    public void No_figures_still_gives_a_description()
    {
        Assert.Equal("Spending by month: there are no figures to show.", BarChart.Describe([], "Spending by month", "x", TestFormat.English));
    }
}
