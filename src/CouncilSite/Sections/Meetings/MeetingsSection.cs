using CouncilSite.Content;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;
using CouncilSite.Sections.Meetings.Calendar;

namespace CouncilSite.Sections.Meetings;

/// <summary>
/// Meetings and committees: a folder a meeting under <c>meetings/</c>, with its agenda, minutes and
/// papers; its pages, the feed of agendas and minutes and the calendars.
/// </summary>
public sealed class MeetingsSection : Section<IReadOnlyList<Meeting>>
{
    public override IReadOnlyList<string> Folders => ["meetings", "committees"];

    protected override IReadOnlyList<Meeting> Read(LoadContext context) =>
        MeetingLoader.Load(context).OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();

    public override int Items(SiteContent content) => content.Meetings.Count;

    /// <summary>Always there: a council without meetings on the site yet still tells residents so.</summary>
    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) => [new(format.Text("meetings.title"), MeetingRoutes.Index, "meetings")];

    public override IEnumerable<CopiedFile> Copies(SiteContent content) =>
        content.Meetings.SelectMany(m => m.Papers).Where(p => p.Content is null).Select(p => new CopiedFile(p.File.File, p.Address));

    public override IEnumerable<MarkdownSource?> Texts(SiteContent content) =>
        content.Meetings.SelectMany(m => m.Papers.Select(p => p.Content).Prepend(m.Minutes?.Content).Prepend(m.Agenda?.Content));

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => MeetingPages.Pages(model);

    public override IEnumerable<OutputFile> Files(SiteModel model) =>
        [.. CalendarFiles.All(model), MeetingFeed.Of(model.Content.Meetings, model.Format).File(model.Content.Config)];

    public override IEnumerable<SearchEntry> Search(SiteModel model) => MeetingSearch.Entries(model);
}

/// <summary>The meetings as every part of the build finds them.</summary>
public static class MeetingsOfSite
{
    extension(SiteContent content)
    {
        /// <summary>Every meeting, by date, then by folder name.</summary>
        public IReadOnlyList<Meeting> Meetings => content.Of<IReadOnlyList<Meeting>>();
    }
}
