using CouncilSite.Outputs.Html;
using CouncilSite.Search;

namespace CouncilSite.Sections.Meetings;

/// <summary>
/// What the site's search finds of the meetings: each meeting's page (with its agenda's words), its
/// minutes and its papers (a PDF paper by its words), each placed by the meeting ("Full Council, 15 January 2026").
/// </summary>
public static class MeetingSearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model)
    {
        var meetings = model.Content.Meetings;
        var views = model.Shared(MeetingPages.Views).All;
        for (var i = 0; i < meetings.Count; i++)
        {
            foreach (var entry in Of(meetings[i], views[i], model.Format))
            {
                yield return entry;
            }
        }
    }

    private static IEnumerable<SearchEntry> Of(Meeting meeting, MeetingView view, Format format)
    {
        var placed = $"{view.Title}, {view.DateText}";
        SearchEntry Entry(string address, string title, SearchKind kind, string text) =>
            new(address, title, kind, text, meeting.Date, view.CommitteeId, placed);

        yield return Entry(view.Address, placed, SearchKind.Meetings,
            SearchText.Lines(view.CommitteeName, view.DayDateText, view.TimeText, view.Location, meeting.Agenda?.Content.Text));

        if (meeting.Minutes is { } minutes && view.MinutesAddress is { } address)
        {
            var heading = format.Text(minutes.Status == MinutesStatus.Draft ? "meeting.draft_minutes" : "meeting.minutes");
            yield return Entry(address, $"{heading}: {placed}", SearchKind.Minutes, minutes.Content.Text);
        }

        foreach (var paper in meeting.Papers)
        {
            yield return Entry(paper.Address, paper.Title, SearchKind.Documents, paper.Content?.Text ?? paper.File.Text ?? "");
        }
    }
}
