using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Data;
using CouncilSite.Outputs.Feeds;
using CouncilSite.Sections.Accessibility;
using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Decisions;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.Home;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.News;
using CouncilSite.Sections.NotFound;
using CouncilSite.Sections.Pages;
using CouncilSite.Sections.Policies;
using CouncilSite.Sections.Transparency;

namespace CouncilSite.Outputs.Html;

/// <summary>Every HTML page of the site, section by section.</summary>
public static class SitePages
{
    public static IReadOnlyList<HtmlPage> All(SiteContent content, DataCatalogue data, AddressBook addresses, IReadOnlyList<NavItem> sections)
    {
        var meetings = MeetingPages.Views(content);
        var news = NewsPages.Views(content);
        var pages = new List<HtmlPage> { HomePage.Page(content, meetings, news, sections) };
        pages.AddRange(MeetingPages.Pages(content, meetings));
        pages.AddRange(DecisionPages.Pages(content));
        pages.AddRange(PolicyPages.Pages(content));
        pages.AddRange(CouncillorPages.Pages(content, addresses));
        pages.AddRange(NewsPages.Pages(content, news));
        pages.AddRange(DocumentPages.Pages(content));
        pages.AddRange(DataPages.Pages(content, data));
        pages.AddRange(TransparencyPage.Pages(content, data));
        pages.AddRange(FreePages.Pages(content));
        pages.Add(AccessibilityPage.Page(content));
        pages.Add(NotFoundPage.Page(content));
        return FeedDiscovery.Announce(pages, keep: content.Settings is not null);
    }
}
