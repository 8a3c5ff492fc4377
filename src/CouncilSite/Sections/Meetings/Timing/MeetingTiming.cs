using CouncilSite.Content;
using CouncilSite.Diagnostics;

namespace CouncilSite.Sections.Meetings.Timing;

/// <summary>
/// The statutory timetable of a meeting, checked at build time: the summons and agenda three
/// clear days before (Local Government Act 1972, Sch. 12 para. 10), the agenda on the website
/// once the meeting has happened, and draft minutes within a month of it (Transparency Code for
/// Smaller Authorities). Each is a warning: the site is still built, and the clerk sees where.
/// </summary>
public static class MeetingTiming
{
    /// <summary>How long after a meeting its draft minutes may take to appear.</summary>
    public const int MonthsForDraftMinutes = 1;

    public static void Check(IEnumerable<Meeting> meetings, LoadContext context)
    {
        var clearDays = new ClearDays(context.Config.BankHolidays);
        foreach (var meeting in meetings)
        {
            CheckNotice(meeting, clearDays, context.Diagnostics);
            CheckHeld(meeting, context);
        }
    }

    private static void CheckNotice(Meeting meeting, ClearDays clearDays, DiagnosticBag diagnostics)
    {
        if (meeting.Agenda is not { Published: { } published } agenda || meeting.Status == MeetingStatus.Cancelled)
        {
            return;
        }

        var days = clearDays.Between(published, meeting.Date);
        if (days >= ClearDays.Required)
        {
            return;
        }

        var when = $"the meeting on {Day(meeting.Date)}";
        diagnostics.Warning(agenda.File, agenda.PublishedLine, 1, DiagnosticCodes.AgendaLate,
            published >= meeting.Date
                ? $"The agenda was published on {Day(published)}, not before {when}; the law requires three clear days' notice."
                : $"The agenda was published on {Day(published)}, {days} clear day{(days == 1 ? "" : "s")} before {when}; the law requires at least three.",
            "Clear days leave out the day of publication, the day of the meeting, Sundays and bank holidays. " +
            "Check the 'published:' date; if it is right, the meeting may need to be called again with proper notice.");
    }

    /// <summary>A date as the clerk wrote it, with its weekday, since Sundays are what the count turns on.</summary>
    private static string Day(DateOnly date) => $"{date.DayOfWeek} {date:yyyy-MM-dd}";

    private static void CheckHeld(Meeting meeting, LoadContext context)
    {
        if (meeting.Status != MeetingStatus.Held)
        {
            return;
        }

        // A warning about the whole meeting names its settings, or else its folder.
        var place = meeting.SettingsFile ?? meeting.Folder;
        if (meeting.Agenda is null)
        {
            context.Diagnostics.Warning(place, 0, 0, DiagnosticCodes.AgendaMissing,
                $"The meeting on {meeting.Date:yyyy-MM-dd} has been held, but its agenda is not on the site.",
                $"Add the agenda as {meeting.Folder}/agenda.md, with 'published:' giving the date it was published.");
        }

        var due = meeting.Date.AddMonths(MonthsForDraftMinutes);
        if (meeting.Minutes is null && context.Today > due)
        {
            context.Diagnostics.Warning(place, 0, 0, DiagnosticCodes.MinutesOverdue,
                $"The meeting on {meeting.Date:yyyy-MM-dd} was more than a month ago, and its minutes are not on the site (they were due by {due:yyyy-MM-dd}).",
                $"Publish the draft minutes as {meeting.Folder}/minutes.md with 'status: draft' at the top; approve them at the next meeting.");
        }
    }
}
