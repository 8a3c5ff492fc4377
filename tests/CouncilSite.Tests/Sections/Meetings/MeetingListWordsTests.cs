using AngleSharp.Html.Parser;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Meetings;

/// <summary>A list of meetings says in words what of each is on the site, so that a resident need not open every meeting to find its minutes.</summary>
public class MeetingListWordsTests
{
    /// <summary>What the meetings index says under each meeting, by the meeting's folder.</summary>
    private static Dictionary<string, string?> Words(params (string Path, string Text)[] files)
    {
        using var site = new TempSite([("site.yml", TempSite.SiteYml), .. files]);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "meetings", "index.html")));
        return page.QuerySelectorAll(".meeting-list li").ToDictionary(
            li => li.QuerySelector("a")!.GetAttribute("href")!.Split('/')[0],
            li => li.QuerySelector(".meeting-published")?.TextContent);
    }

    [Fact]
    public void A_held_meeting_says_whether_its_minutes_are_draft_or_approved_and_counts_its_papers()
    {
        var words = Words(
            ("meetings/2026-07-16-full-council/agenda.md", "---\npublished: 2026-07-09\n---\n1. Apologies"),
            ("meetings/2026-07-16-full-council/minutes.md", "---\napproved: 2026-09-17\n---\n1. Apologies"),
            ("meetings/2026-07-16-full-council/clerks-report.md", "# Clerk's report\n\nThe play area is open."),
            ("meetings/2026-07-16-full-council/budget.pdf", "%PDF-1.4"),
            ("meetings/2026-11-04-planning/agenda.md", "---\npublished: 2026-10-29\n---\n1. Applications"),
            ("meetings/2026-11-04-planning/minutes.md", "---\nstatus: draft\n---\n1. Applications"),
            ("meetings/2026-11-11-planning/agenda.md", "---\npublished: 2026-11-04\n---\n1. Applications"),
            ("meetings/2026-11-11-planning/paper.pdf", "%PDF-1.4"));

        Assert.Equal("Agenda · Minutes (approved) · 2 papers", words["2026-07-16-full-council"]);
        Assert.Equal("Agenda · Minutes (draft)", words["2026-11-04-planning"]);
        Assert.Equal("Agenda · Minutes not yet published · 1 paper", words["2026-11-11-planning"]);
    }

    [Fact]
    public void An_upcoming_meeting_without_an_agenda_says_by_when_it_is_due_and_a_cancelled_one_says_nothing()
    {
        // Today is Friday 27 November 2026. For Thursday 10 December the agenda must be out with three
        // clear days to spare (Monday to Wednesday): Sunday 6 December is the last day, as Sunday itself is not counted.
        var words = Words(
            ("meetings/2026-12-10-full-council/meeting.yml", "time: \"19:30\""),
            ("meetings/2026-12-03-planning/agenda.md", "---\npublished: 2026-11-26\n---\n1. Applications"),
            ("meetings/2026-12-09-planning/meeting.yml", "status: cancelled"));

        Assert.Equal("Agenda due by 6 December 2026", words["2026-12-10-full-council"]);
        Assert.Equal("Agenda", words["2026-12-03-planning"]);
        Assert.Null(words["2026-12-09-planning"]);
    }

    [Fact]
    public void Once_the_last_day_for_its_agenda_has_passed_a_meeting_says_plainly_it_is_not_yet_published()
    {
        // Today is Friday 27 November 2026: it is the last day for Wednesday 2 December (Saturday, Monday
        // and Tuesday are its clear days), and the last day for Monday 30 November has gone.
        var words = Words(
            ("meetings/2026-11-30-planning/meeting.yml", "time: \"19:30\""),
            ("meetings/2026-12-02-full-council/meeting.yml", "time: \"19:30\""));

        Assert.Equal("Agenda not yet published", words["2026-11-30-planning"]);
        Assert.Equal("Agenda due by 27 November 2026", words["2026-12-02-full-council"]);
    }
}
