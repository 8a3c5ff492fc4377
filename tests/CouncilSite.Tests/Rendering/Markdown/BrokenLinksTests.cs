using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Rendering.Markdown;

public class BrokenLinksTests
{
    [Fact]
    public void The_nearest_address_is_suggested_for_the_first_broken_links_of_a_build_in_the_order_they_are_listed()
    {
        var links = string.Join("\n\n", Enumerable.Range(1, BrokenLinks.Suggested + 5).Select(i => $"See [the council {i}](/abuot/)."));
        using var site = new TempSite(
            ("pages/about.md", "---\ntitle: About\n---\nThe council.\n"),
            ("pages/links.md", $"---\ntitle: Links\n---\n{links}\n"));

        var broken = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink).ToList();

        Assert.Equal(BrokenLinks.Suggested + 5, broken.Count);
        Assert.All(broken.Take(BrokenLinks.Suggested), d => Assert.StartsWith("Did you mean '/about/'?", d.Hint));
        Assert.All(broken.Skip(BrokenLinks.Suggested), d => Assert.DoesNotContain("Did you mean", d.Hint));
        Assert.True(broken.Skip(BrokenLinks.Suggested).All(d => d.Line > broken[BrokenLinks.Suggested - 1].Line), "the ones left without are the last listed");
    }

    [Fact]
    public void A_misspelt_folder_among_thousands_of_meetings_is_still_found()
    {
        var meetings = Enumerable.Range(0, 3000).Select(day => ($"meetings/{new DateOnly(2005, 1, 1).AddDays(day):yyyy-MM-dd}-full-council/agenda.md", "1. Apologies\n"));
        using var site = new TempSite([.. meetings, ("pages/about.md", "---\ntitle: About\n---\nSee [the agenda](../meetings/2012-03-17-full-concil/agenda.md).\n")]);

        var broken = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);

        Assert.StartsWith("Did you mean '../meetings/2012-03-17-full-council/agenda.md'?", broken.Hint);
    }
}
