using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Meetings.Timing;

namespace CouncilSite.Sections.Meetings;

/// <summary>
/// What of a meeting is on the site, in words for the lists of meetings ("Agenda · Minutes (draft) ·
/// 3 papers", or "Agenda due by 12 March 2026" before a meeting's agenda is out, "Agenda not yet
/// published" once that day has passed): words rather than a
/// colour, so that a resident who cannot tell colours apart, or hears the page, knows it too.
/// </summary>
public static class PublishedWords
{
    /// <returns>Null when nothing of the meeting is on the site and nothing is due: a cancelled meeting, say.</returns>
    public static string? Of(Meeting meeting, DateOnly today, ClearDays clearDays, Format format)
    {
        var words = new List<string>();
        if (meeting.Agenda is not null)
        {
            words.Add(format.Text("meeting_list.agenda"));
        }
        else if (meeting.IsUpcoming(today))
        {
            words.Add(clearDays.AgendaDue(meeting.Date, today) is { } due
                ? format.Text("meeting_list.agenda_due", ("date", format.Date(due)))
                : format.Text("meeting_list.agenda_not_yet"));
        }

        if (meeting.Minutes is { } minutes)
        {
            words.Add(format.Text(minutes.Status == MinutesStatus.Draft ? "meeting_list.minutes_draft" : "meeting_list.minutes_approved"));
        }
        else if (meeting.Status == MeetingStatus.Held)
        {
            words.Add(format.Text("meeting_list.minutes_not_yet"));
        }

        if (meeting.Papers.Count > 0)
        {
            words.Add(format.Plural("meeting_list.papers", meeting.Papers.Count));
        }

        return words.Count == 0 ? null : string.Join(format.Text("meeting_list.separator"), words);
    }
}
