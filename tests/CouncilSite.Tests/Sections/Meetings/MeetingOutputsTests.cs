using System.Text.Json;
using System.Xml.Linq;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Sections.Meetings;

/// <summary>What a built site gives residents and other programs about its meetings.</summary>
public class MeetingOutputsTests(MeetingsSite built) : IClassFixture<MeetingsSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void The_decisions_register_lists_every_decision_newest_first_linking_to_the_minutes()
    {
        var page = built.Page("decisions/index.html");
        var decisions = page.QuerySelectorAll(".decision").ToList();
        Assert.Equal(4, decisions.Count);
        Assert.Contains("That the council has no objection.", decisions[0].TextContent);
        Assert.Contains("Draft minutes: not yet approved", decisions[0].TextContent);
        Assert.Contains("£23,810", decisions[3].TextContent);
        Assert.Equal(["Decisions in 2026"], page.QuerySelectorAll("main h3[id^=latest-]").Select(h => h.TextContent));
        Assert.Equal(["2026 4 decisions"], page.QuerySelectorAll("main li[id^=year-]").Select(h => h.TextContent));

        var link = decisions[1].QuerySelectorAll("a").Last().GetAttribute("href");
        Assert.Equal("../meetings/2026-07-16-full-council/minutes/index.html#decision-c051-26", link);
        var minutes = built.Page("meetings/2026-07-16-full-council/minutes/index.html");
        Assert.Contains("approved", minutes.GetElementById("decision-c051-26")!.TextContent);
    }

    [Fact]
    public void Each_committee_has_its_own_register_page_linked_from_the_register()
    {
        var index = built.Page("decisions/index.html");
        Assert.Contains(index.QuerySelectorAll("a"), a => a.GetAttribute("href") == "planning/index.html");
        var planning = built.Page("decisions/planning/index.html");
        Assert.Single(planning.QuerySelectorAll(".decision"));
        Assert.Equal(3, built.Page("decisions/full-council/index.html").QuerySelectorAll(".decision").Length);
        Assert.Contains(built.Page("index.html").QuerySelectorAll(".site-nav a"), a => a.TextContent == "Decisions");
    }

    [Fact]
    public void The_meeting_page_lists_its_decisions()
    {
        var page = built.Page("meetings/2026-07-16-full-council/index.html");
        var items = page.QuerySelectorAll("h2 + p + ul.item-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, items.Count);
        Assert.StartsWith("Minute C051/26 Minutes", items[0]);
        Assert.Contains("That the minutes of 14 May be approved.", items[0]);
    }

    [Fact]
    public void Meetings_and_committee_pages_offer_their_calendars()
    {
        var meetings = built.Page("meetings/index.html");
        Assert.Contains(meetings.QuerySelectorAll("a"), a => a.GetAttribute("href") == "calendar.ics" && a.TextContent == "Subscribe to this calendar");
        Assert.Contains(meetings.QuerySelectorAll("a"), a => a.GetAttribute("href") == "webcal://www.littlebramford-pc.gov.uk/meetings/calendar.ics");
        var planning = built.Page("committees/planning/index.html");
        Assert.Contains(planning.QuerySelectorAll("a"), a => a.GetAttribute("href") == "calendar.ics");
        Assert.Contains(planning.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("type") == "text/calendar" && l.GetAttribute("href") == "calendar.ics");

        var committeeCalendar = Ical.Net.Calendar.Load(built.Text("committees/planning/calendar.ics"))!;
        Assert.Equal(2, committeeCalendar.Events.Count);
        Assert.Equal(5, Ical.Net.Calendar.Load(built.Text("meetings/calendar.ics"))!.Events.Count);
    }

    [Fact]
    public void Feeds_are_Atom_with_content_dates_and_permanent_ids()
    {
        var feed = XDocument.Parse(built.Text("meetings/feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://www.littlebramford-pc.gov.uk/meetings/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2026-11-04T00:00:00+00:00", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(
            ["Draft minutes: Planning Committee, 4 November 2026", "Agenda: Planning Committee, 4 November 2026", "Minutes: Full Council, 16 July 2026",
             "Agenda: Full Council, 16 July 2026", "Minutes: Full Council, 15 January 2026", "Agenda: Full Council, 15 January 2026"],
            entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("2026-09-17T00:00:00+01:00", entries[2].Element(Atom + "updated")!.Value);
        Assert.Equal("https://www.littlebramford-pc.gov.uk/meetings/2026-07-16-full-council/minutes/", entries[2].Element(Atom + "id")!.Value);
        Assert.All(entries, e => Assert.StartsWith("https://", e.Element(Atom + "link")!.Attribute("href")!.Value));

        var news = XDocument.Parse(built.Text("news/feed.xml")).Root!;
        Assert.Equal("The lights go on on 5 December.", news.Element(Atom + "entry")!.Element(Atom + "summary")!.Value);
        var documents = XDocument.Parse(built.Text("documents/feed.xml")).Root!;
        Assert.Equal("https://www.littlebramford-pc.gov.uk/documents/budget-2026-27.pdf", documents.Element(Atom + "entry")!.Element(Atom + "id")!.Value);
    }

    [Fact]
    public void Pages_announce_the_feeds_they_belong_to()
    {
        string[] Feeds(string path) => built.Page(path).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!).ToArray();
        Assert.Equal(["news/feed.xml", "meetings/feed.xml"], Feeds("index.html"));
        Assert.Equal(["feed.xml"], Feeds("news/index.html"));
        Assert.Equal(["../feed.xml"], Feeds("news/2026-11-20-christmas-lights/index.html"));
        Assert.Equal(["feed.xml"], Feeds("documents/index.html"));
        Assert.Equal(["../feed.xml"], Feeds("meetings/2026-07-16-full-council/index.html"));
    }

    [Fact]
    public void A_meeting_page_describes_its_event_for_search_engines()
    {
        using var json = JsonLd("meetings/2026-07-16-full-council/index.html");
        var meeting = json.RootElement;
        Assert.Equal("Event", meeting.GetProperty("@type").GetString());
        Assert.Equal("2026-07-16T19:30:00+01:00", meeting.GetProperty("startDate").GetString());
        Assert.Equal("2026-07-16T21:30:00+01:00", meeting.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/EventScheduled", meeting.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", meeting.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("Village Hall </script><script>alert(1)</script>", meeting.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("GovernmentOrganization", meeting.GetProperty("organizer").GetProperty("@type").GetString());
        Assert.Equal("https://www.littlebramford-pc.gov.uk/meetings/2026-07-16-full-council/", meeting.GetProperty("url").GetString());

        using var winter = JsonLd("meetings/2026-01-15-full-council/index.html");
        Assert.Equal("2026-01-15T19:30:00+00:00", winter.RootElement.GetProperty("startDate").GetString());
        using var cancelled = JsonLd("meetings/2026-12-09-planning/index.html");
        Assert.Equal("https://schema.org/EventCancelled", cancelled.RootElement.GetProperty("eventStatus").GetString());
        using var postponed = JsonLd("meetings/2027-01-21-full-council/index.html");
        Assert.Equal("https://schema.org/EventPostponed", postponed.RootElement.GetProperty("eventStatus").GetString());
    }

    [Fact]
    public void Clerk_text_cannot_end_the_script_element_that_holds_the_data()
    {
        var html = built.Text("meetings/2026-07-16-full-council/index.html");
        Assert.Single(built.Page("meetings/2026-07-16-full-council/index.html").QuerySelectorAll("script"));
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public void The_home_page_describes_the_council()
    {
        using var json = JsonLd("index.html");
        Assert.Equal("GovernmentOrganization", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Little Bramford Parish Council", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("clerk@littlebramford-pc.gov.uk", json.RootElement.GetProperty("email").GetString());
    }

    [Fact]
    public void The_home_page_shows_the_next_meetings_with_their_status()
    {
        var next = built.Page("index.html").QuerySelectorAll(".meeting-list li").Select(li => li.TextContent).ToList();
        Assert.Contains(next, t => t.Contains("Planning Committee") && t.Contains("Cancelled"));
        Assert.Contains(next, t => t.Contains("Full Council") && t.Contains("Postponed"));
    }

    [Fact]
    public void Every_status_is_shown_in_words_wherever_meetings_are_listed()
    {
        foreach (var path in new[] { "meetings/index.html", "committees/planning/index.html", "meetings/2026/index.html" })
        {
            var planning = built.Page(path).QuerySelectorAll(".meeting-list li").Select(li => li.TextContent).ToList();
            Assert.Contains(planning, t => t.Contains("9 December 2026") && t.Contains("Cancelled"));
            Assert.Contains(planning, t => t.Contains("4 November 2026") && t.Contains("Minutes (draft)"));
        }

        Assert.Contains("This meeting has been cancelled.", built.Page("meetings/2026-12-09-planning/index.html").QuerySelector("main")!.TextContent);
        Assert.Contains("This meeting has been postponed.", built.Page("meetings/2027-01-21-full-council/index.html").QuerySelector("main")!.TextContent);
        Assert.Contains("Draft: not yet approved", built.Page("meetings/2026-11-04-planning/index.html").QuerySelector("main")!.TextContent);
        Assert.Contains("Draft: not yet approved", built.Page("meetings/2026-11-04-planning/minutes/index.html").QuerySelector("main")!.TextContent);
        Assert.Contains("approved on 17 September 2026", built.Page("meetings/2026-07-16-full-council/minutes/index.html").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_Popolo_export_lists_people_committees_memberships_and_meetings()
    {
        using var json = JsonDocument.Parse(built.Text("api/popolo.json"));
        var root = json.RootElement;
        Assert.Equal(["david-okafor", "margaret-ellison"], root.GetProperty("persons").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(["little-bramford-parish-council", "full-council", "planning"], root.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetString()));

        var memberships = root.GetProperty("memberships").EnumerateArray()
            .Select(m => $"{m.GetProperty("person_id").GetString()} {m.GetProperty("organization_id").GetString()} {m.GetProperty("role").GetString()}")
            .ToList();
        Assert.Contains("margaret-ellison planning Chair", memberships);
        Assert.Contains("david-okafor planning Member", memberships);
        Assert.Contains("margaret-ellison full-council Chair", memberships);
        Assert.Contains("david-okafor little-bramford-parish-council Councillor", memberships);
        Assert.DoesNotContain(memberships, m => m.Contains("Footpaths"));

        var summer = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "2026-07-16-full-council");
        Assert.Equal("2026-07-16T19:30:00+01:00", summer.GetProperty("start_date").GetString());
        Assert.Equal("full-council", summer.GetProperty("organization_id").GetString());
        Assert.Equal("held", summer.GetProperty("status").GetString());
    }

    private JsonDocument JsonLd(string path)
    {
        var script = built.Page(path).QuerySelector("script[type='application/ld+json']")!;
        return JsonDocument.Parse(script.TextContent);
    }
}

/// <summary>The same outputs for a council that has not yet said where its site is published.</summary>
public class MeetingOutputsWithoutAddressTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly MeetingsSite _built = MeetingsSite.WithoutAddress();

    [Fact]
    public void Feed_ids_are_tag_uris_and_links_are_relative_to_the_feed()
    {
        var feed = XDocument.Parse(_built.Text("meetings/feed.xml")).Root!;
        Assert.Equal("tag:councilsite,2018:little-bramford-parish-council/meetings/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.DoesNotContain(feed.Elements(Atom + "link"), l => l.Attribute("rel")!.Value == "self");
        var entry = feed.Elements(Atom + "entry").First(e => e.Element(Atom + "title")!.Value.StartsWith("Minutes: Full Council, 16 July", StringComparison.Ordinal));
        Assert.Equal("tag:councilsite,2018:little-bramford-parish-council/meetings/2026-07-16-full-council/minutes/", entry.Element(Atom + "id")!.Value);
        Assert.Equal("2026-07-16-full-council/minutes/index.html", entry.Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public void There_is_no_webcal_link_without_the_site_address()
    {
        var links = _built.Page("meetings/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("calendar.ics", links);
        Assert.DoesNotContain(links, l => l!.StartsWith("webcal:", StringComparison.Ordinal));
    }

    [Fact]
    public void Building_again_gives_the_same_feeds_calendars_and_export()
    {
        var first = OutputSnapshot.Take(_built.Site.Output);
        Assert.True(_built.Site.Build().Succeeded);
        OutputSnapshot.Take(_built.Site.Output).AssertSameAs(first);
    }

    public void Dispose() => _built.Dispose();
}
