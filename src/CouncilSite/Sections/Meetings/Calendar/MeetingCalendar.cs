using System.Text;
using CouncilSite.Content;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;
using CouncilSite.Site;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

using IcalCalendar = Ical.Net.Calendar;

namespace CouncilSite.Sections.Meetings.Calendar;

/// <summary>
/// Meetings as an iCalendar file (RFC 5545) that residents subscribe to. Ical.Net writes the
/// format (CRLF, folding at 75 octets without splitting a character, escaping of commas,
/// semicolons and new lines) and the VTIMEZONE; this class decides what goes in it, and keeps
/// every value derived from the content so the same site gives the same bytes:
/// <list type="bullet">
/// <item>UID: the meeting's folder name at the site's domain, unchanged from build to build.</item>
/// <item>DTSTAMP: the latest date the content records for the meeting (the meeting, the agenda's
/// publication, the minutes' approval), never the clock.</item>
/// <item>Times in the council's time zone with its VTIMEZONE; a meeting without a time is an
/// all-day event; the end is <see cref="MeetingTimes.AssumedLength"/> after the start.</item>
/// <item>Cancelled and postponed meetings are STATUS:CANCELLED, with SEQUENCE:1 so calendars
/// that already hold the meeting replace it, and the status in the summary for those that ignore it.</item>
/// </list>
/// </summary>
public static class MeetingCalendar
{
    public const string ProductId = "-//CouncilSite//Council meetings//EN";

    /// <summary>
    /// Ical.Net writes the zone's current rules as they have run since this date (for London, the
    /// last Sundays of March and October since 1996). A fixed date in the past, rather than the
    /// first meeting's, keeps the VTIMEZONE the same whatever the meetings and whenever the build.
    /// </summary>
    private static readonly DateTime ZoneRulesFrom = new(2000, 1, 1);

    private const string End = "END:VCALENDAR\r\n";

    private static readonly Remembered<Meeting, string> EventText = new((meeting, config, format) => new EventSerializer().SerializeToString(Event(meeting, config, format)) ?? "");

    public static byte[] Write(string name, IReadOnlyList<Meeting> meetings, SiteConfig config, Format format) =>
        Write(name, meetings, config, Events(meetings, config, format));

    /// <summary>
    /// Each meeting's VEVENT as Ical.Net writes it, made once (a meeting is in the calendar of all
    /// meetings and in its committee's) and side by side: writing events is most of a calendar's cost.
    /// </summary>
    /// <param name="memory">A preview session's memory, in which unchanged meetings keep their events.</param>
    public static IReadOnlyDictionary<Meeting, string> Events(IReadOnlyList<Meeting> meetings, SiteConfig config, Format format, PartMemory? memory = null)
    {
        var texts = EventText.OfEach(meetings, config, format, memory ?? PartMemory.None);
        var events = new Dictionary<Meeting, string>(meetings.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < meetings.Count; i++)
        {
            events[meetings[i]] = texts[i];
        }

        return events;
    }

    /// <param name="events">The meetings' VEVENTs from <see cref="Events"/>.</param>
    public static byte[] Write(string name, IReadOnlyList<Meeting> meetings, SiteConfig config, IReadOnlyDictionary<Meeting, string> events)
    {
        var calendar = new IcalCalendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", config.Timezone);
        if (meetings.Any(m => m.Time is not null))
        {
            calendar.AddTimeZone(config.Timezone, ZoneRulesFrom, includeHistoricalData: false);
        }

        // Ical.Net writes a calendar's own lines, then its components in order, then its last line:
        // the events follow the time zone, as they would if added to the calendar.
        var head = new CalendarSerializer().SerializeToString(calendar) ?? "";
        if (!head.EndsWith(End, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Ical.Net wrote a calendar that does not end with END:VCALENDAR.");
        }

        // Encoded straight into one array of the right size: a council's calendar runs to megabytes,
        // and each copy of it (a builder, a string) would be another for the garbage collector.
        var start = head.AsMemory(0, head.Length - End.Length);
        var pieces = meetings.Select(m => events[m].AsMemory()).Prepend(start).Append(End.AsMemory()).ToList();
        var bytes = new byte[pieces.Sum(p => Encoding.UTF8.GetByteCount(p.Span))];
        var at = 0;
        foreach (var piece in pieces)
        {
            at += Encoding.UTF8.GetBytes(piece.Span, bytes.AsSpan(at));
        }

        return bytes;
    }

    private static CalendarEvent Event(Meeting meeting, SiteConfig config, Format format)
    {
        var cancelled = meeting.Status is MeetingStatus.Cancelled or MeetingStatus.Postponed;
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.Id}@{SiteIdentity.Domain(config)}",
            DtStamp = Stamp(meeting),
            Summary = cancelled ? format.Text("calendars.event_status", ("status", format.Text(MeetingView.StatusKey(meeting.Status))), ("title", meeting.Title)) : meeting.Title,
            Location = meeting.Location,
            Description = Description(meeting, config, format),
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Sequence = cancelled ? 1 : 0,
        };

        if (meeting.Time is { } time)
        {
            var start = meeting.Date.ToDateTime(time);
            calendarEvent.DtStart = new CalDateTime(start, config.Timezone);
            calendarEvent.DtEnd = new CalDateTime(start + MeetingTimes.AssumedLength, config.Timezone);
        }
        else
        {
            calendarEvent.DtStart = new CalDateTime(meeting.Date);
            calendarEvent.DtEnd = new CalDateTime(meeting.Date.AddDays(1));
        }

        if (SiteIdentity.Absolute(config, meeting.Address) is { } url)
        {
            calendarEvent.Url = new Uri(url);
        }

        return calendarEvent;
    }

    private static CalDateTime Stamp(Meeting meeting)
    {
        var latest = new[] { meeting.Date, meeting.Agenda?.Published ?? meeting.Date, meeting.Minutes?.Approved ?? meeting.Date }.Max();
        return new CalDateTime(latest.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), "UTC");
    }

    private static string Description(Meeting meeting, SiteConfig config, Format format)
    {
        var lines = new List<string> { format.Text("calendars.event_committee", ("committee", meeting.Committee.Name), ("council", config.Name)) };
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            lines.Add(format.Text("calendars.event_cancelled"));
        }
        else if (meeting.Status == MeetingStatus.Postponed)
        {
            lines.Add(format.Text("calendars.event_postponed"));
        }
        else if (meeting.Time is null)
        {
            lines.Add(format.Text("calendars.event_time_on_agenda"));
        }

        if (SiteIdentity.Absolute(config, meeting.Address) is { } url)
        {
            lines.Add(format.Text("calendars.event_papers", ("url", url)));
        }

        return string.Join("\n", lines);
    }
}
