using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Home;

/// <summary>The home page as residents read it: what they come for first, the clerk's introduction after, and plain words where there is nothing to show.</summary>
public class HomePageTests
{
    [Fact]
    public void The_next_meeting_and_latest_decisions_come_before_the_introduction()
    {
        var home = Build(
            ("pages/index.md", "Welcome to the parish.\n\n## About us\n\nWe meet monthly."),
            ("meetings/2026-10-15-full-council/minutes.md", "## C080/26 Play area\n\nRESOLVED: That the Clerk order new swings."),
            ("meetings/2026-12-10-planning/meeting.yml", "time: \"19:00\"\nlocation: Village Hall"),
            ("news/2026-11-20-lights.md", "---\ntitle: Christmas lights\n---\nCome along."));

        Assert.Equal(["next-meeting", "latest-decisions", "latest-news", "home-introduction", "about-us", "sections"], home.QuerySelectorAll("main h2[id]").Select(h => h.Id));
        Assert.Equal("Little Bramford Parish Council", home.QuerySelector("main h1")?.TextContent);
        var facts = home.QuerySelector(".next-meeting-facts")!.TextContent;
        Assert.Contains("Thursday 10 December 2026", facts);
        Assert.Contains("Village Hall", facts);
        Assert.Contains("Agenda due by Sunday 6 December 2026", facts);
        var decision = home.QuerySelector("[aria-labelledby=latest-decisions] li")!;
        Assert.Equal("meetings/2026-10-15-full-council/minutes/index.html#decision-c080-26", decision.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("15 October 2026, Full Council", decision.TextContent);
        Assert.Contains("We meet monthly.", home.QuerySelector("[aria-labelledby=home-introduction]")?.TextContent);
    }

    [Fact]
    public void A_next_meeting_whose_agenda_is_overdue_says_it_is_not_yet_published_not_a_past_date()
    {
        var home = Build(("meetings/2026-11-30-planning/meeting.yml", "time: \"19:00\""));

        var facts = home.QuerySelector(".next-meeting-facts")!.TextContent;
        Assert.Contains("Not yet published", facts);
        Assert.DoesNotContain("due by", facts);
    }

    [Fact]
    public void Each_decision_links_by_its_subject_else_its_opening_words_else_its_meeting()
    {
        var home = Build(("meetings/2026-10-15-full-council/minutes.md", """
            RESOLVED: That the council adopt the standing orders with every amendment the working group proposed in the autumn.

            RESOLVED:

            - Payment to Green Spaces Ltd

            ## C080/26 Play area

            RESOLVED: That the Clerk order new swings.
            """));

        Assert.Equal(
            ["That the council adopt the standing orders with every amendment the working…", "Full Council, 15 October 2026", "Play area"],
            home.QuerySelectorAll("[aria-labelledby=latest-decisions] li a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_new_council_with_nothing_yet_says_so()
    {
        var main = Build().QuerySelector("main")!.TextContent;

        Assert.Contains("No meetings are arranged at the moment.", main);
        Assert.Contains("No decisions are recorded in the minutes on this site yet.", main);
        Assert.Contains("There is no news at the moment.", main);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Build(params (string Path, string Text)[] files)
    {
        using var site = new TempSite(files);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }
}
