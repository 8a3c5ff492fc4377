using System.Runtime.CompilerServices;
using CouncilSite.Sections.Meetings.Calendar;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Outputs.Feeds;

/// <summary>
/// Announces each feed and calendar on the pages it follows with <c>&lt;link rel="alternate"&gt;</c>,
/// which feed readers and browsers look for when given a page's address.
/// </summary>
public static class FeedDiscovery
{
    private static readonly AlternateLink NewsFeed = new("News and notices (Atom feed)", SiteFeeds.News, AtomFeed.MediaType);
    private static readonly AlternateLink MeetingsFeed = new("Agendas and minutes (Atom feed)", SiteFeeds.Meetings, AtomFeed.MediaType);
    private static readonly AlternateLink DocumentsFeed = new("Documents (Atom feed)", SiteFeeds.Documents, AtomFeed.MediaType);
    private static readonly AlternateLink AllMeetings = new("Meetings calendar", CalendarFiles.AllMeetings, CalendarFiles.MediaType);

    // The same few lists serve every page of a section.
    private static readonly AlternateLink[] Home = [NewsFeed, MeetingsFeed];
    private static readonly AlternateLink[] News = [NewsFeed];
    private static readonly AlternateLink[] Documents = [DocumentsFeed];
    private static readonly AlternateLink[] Meetings = [MeetingsFeed, AllMeetings];

    /// <summary>
    /// Announced pages, by the page they were made from: a preview session hands back the same
    /// pages for an unchanged meeting, and giving back the same announced page lets the session
    /// know it unchanged without looking through it (see ValueFingerprint).
    /// </summary>
    private static readonly ConditionalWeakTable<HtmlPage, HtmlPage> Announced = new();

    /// <param name="keep">True in a preview session, whose unchanged pages come back as the same objects.</param>
    public static IReadOnlyList<HtmlPage> Announce(IEnumerable<HtmlPage> pages, bool keep) =>
        pages.Select(p => keep ? Announced.GetValue(p, Announce) : Announce(p)).ToList();

    private static HtmlPage Announce(HtmlPage page) =>
        For(page.Address) is { Count: > 0 } links
            ? page with { Alternates = page.Alternates is { Count: > 0 } own ? [.. own, .. links] : links }
            : page;

    public static IReadOnlyList<AlternateLink> For(string address)
    {
        // Read without splitting the address: this runs for every page of the site.
        var path = address.AsSpan().Trim('/');
        var slash = path.IndexOf('/');
        var section = slash < 0 ? path : path[..slash];
        var rest = slash < 0 ? [] : path[(slash + 1)..];
        return section switch
        {
            "" => Home,
            "news" => News,
            "documents" => Documents,
            "meetings" => Meetings,
            "committees" when rest.Length > 0 && !rest.Contains('/') =>
                [MeetingsFeed, new AlternateLink("Calendar of this committee's meetings", CalendarFiles.ForCommittee(rest.ToString()), CalendarFiles.MediaType)],
            "committees" => Meetings,
            _ => [],
        };
    }
}
