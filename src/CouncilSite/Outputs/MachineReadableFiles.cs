using CouncilSite.Content;
using CouncilSite.Outputs.Api;
using CouncilSite.Sections.Meetings.Calendar;
using CouncilSite.Outputs.Feeds;

namespace CouncilSite.Outputs;

/// <summary>What lets residents and other programs follow the council without visiting: calendars, feeds and the Popolo export.</summary>
public static class MachineReadableFiles
{
    public static IReadOnlyList<OutputFile> All(SiteContent content) =>
    [
        .. CalendarFiles.All(content),
        .. SiteFeeds.Files(content),
        PopoloExport.File(content),
    ];
}
