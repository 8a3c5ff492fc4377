using CouncilSite.Content;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.Meetings;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Outputs.Feeds;

/// <summary>
/// The site's feeds, so residents can follow the council in a feed reader or an RSS-to-email
/// service without visiting: news, meetings (each agenda and each set of minutes as it appears)
/// and documents.
/// </summary>
public static class SiteFeeds
{
    public const string News = "/news/feed.xml";
    public const string Meetings = "/meetings/feed.xml";
    public const string Documents = "/documents/feed.xml";

    public static IReadOnlyList<AtomFeed> All(SiteContent content) =>
    [
        new("News and notices", News, "/news/", content.News.Select(NewsEntry).ToList()),
        new("Agendas and minutes", Meetings, "/meetings/", content.Meetings.SelectMany(MeetingEntries).ToList()),
        new("Documents", Documents, "/documents/", content.Documents.Where(d => d.Date is not null).Select(DocumentEntry).ToList()),
    ];

    public static IEnumerable<OutputFile> Files(SiteContent content) =>
        All(content).Select(feed => OutputFile.Made(feed.Address.TrimStart('/'), AtomWriter.Write(feed, content.Config)));

    private static AtomEntry NewsEntry(Sections.News.NewsItem item) =>
        new(item.Address, item.Title, item.Date, item.Address, item.Summary ?? item.Content.FirstParagraph);

    /// <summary>
    /// An agenda is dated by its <c>published:</c> date; minutes by their approval, so approving
    /// them updates the entry, else by the meeting (draft minutes cannot come before it).
    /// </summary>
    private static IEnumerable<AtomEntry> MeetingEntries(Meeting meeting)
    {
        var when = $"{meeting.Title}, {Format.Date(meeting.Date)}";
        var time = meeting.Time is { } t ? $" at {Format.Time(t)}" : "";
        var place = meeting.Location is { } l ? $", {l}" : "";
        if (meeting.Agenda is { } agenda)
        {
            var address = meeting.Address + "agenda/";
            yield return new AtomEntry(address, $"Agenda: {when}", agenda.Published ?? meeting.Date, address,
                $"The {meeting.Committee.Name} meets on {Format.DayDate(meeting.Date)}{time}{place}.");
        }

        if (meeting.Minutes is { } minutes)
        {
            var address = meeting.Address + "minutes/";
            var draft = minutes.Status == MinutesStatus.Draft;
            yield return new AtomEntry(address, $"{(draft ? "Draft minutes" : "Minutes")}: {when}", minutes.Approved ?? meeting.Date, address,
                draft
                    ? $"Draft minutes of the {meeting.Committee.Name} on {Format.DayDate(meeting.Date)}, not yet approved."
                    : $"Minutes of the {meeting.Committee.Name} on {Format.DayDate(meeting.Date)}{(minutes.Approved is { } a ? $", approved on {Format.Date(a)}" : "")}.");
        }
    }

    private static AtomEntry DocumentEntry(Document document) =>
        new(document.Address, document.Title, document.Date!.Value, document.Address,
            document.Summary ?? DocumentCategories.NameOf(document.Category) + (document.FinancialYear is { } year ? $", {year}" : ""));
}
