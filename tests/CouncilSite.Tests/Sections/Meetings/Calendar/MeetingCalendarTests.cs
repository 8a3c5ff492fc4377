using System.Text;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Meetings.Calendar;
using CouncilSite.Tests.Support;
using Ical.Net;
using static CouncilSite.Tests.Sections.Meetings.MeetingFixtures;

namespace CouncilSite.Tests.Sections.Meetings.Calendar;

/// <summary>The calendar file, read back by Ical.Net's parser as a calendar program would read it.</summary>
public class MeetingCalendarTests
{
    private static string Write(params Meeting[] meetings) => Encoding.UTF8.GetString(MeetingCalendar.Write("Meetings", meetings, Config(), TestFormat.English));

    private static Ical.Net.Calendar ReadBack(string text) => Ical.Net.Calendar.Load(text) ?? throw new InvalidOperationException("No calendar parsed");

    [Fact]
    public void Meetings_in_summer_and_winter_are_at_the_right_local_time()
    {
        var calendar = ReadBack(Write(Meeting("2026-07-16"), Meeting("2026-01-15")));
        var summer = calendar.Events.Single(e => e.Uid!.StartsWith("2026-07-16", StringComparison.Ordinal));
        var winter = calendar.Events.Single(e => e.Uid!.StartsWith("2026-01-15", StringComparison.Ordinal));

        Assert.Equal(new DateTime(2026, 7, 16, 18, 30, 0, DateTimeKind.Utc), summer.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 1, 15, 19, 30, 0, DateTimeKind.Utc), winter.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 7, 16, 20, 30, 0, DateTimeKind.Utc), summer.DtEnd!.AsUtc);
        Assert.Equal("Europe/London", summer.DtStart.TzId);
        Assert.Single(calendar.TimeZones, z => z.TzId == "Europe/London");
    }

    [Fact]
    public void A_meeting_without_a_time_is_an_all_day_event()
    {
        var meeting = ReadBack(Write(Meeting("2026-12-03", time: null))).Events.Single();
        Assert.False(meeting.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2026, 12, 3), meeting.DtStart.Date);
        Assert.Equal(new DateOnly(2026, 12, 4), meeting.DtEnd!.Date);
    }

    [Fact]
    public void Cancelled_and_postponed_meetings_are_cancelled_events_saying_so()
    {
        var calendar = ReadBack(Write(
            Meeting("2026-08-05", status: MeetingStatus.Cancelled),
            Meeting("2026-02-04", status: MeetingStatus.Postponed),
            Meeting("2026-09-17")));
        var byDate = calendar.Events.ToDictionary(e => e.DtStart!.Date);

        Assert.Equal(EventStatus.Cancelled, byDate[new DateOnly(2026, 8, 5)].Status);
        Assert.Equal("Cancelled: Full Council", byDate[new DateOnly(2026, 8, 5)].Summary);
        Assert.Equal(EventStatus.Cancelled, byDate[new DateOnly(2026, 2, 4)].Status);
        Assert.Equal("Postponed: Full Council", byDate[new DateOnly(2026, 2, 4)].Summary);
        Assert.Equal(EventStatus.Confirmed, byDate[new DateOnly(2026, 9, 17)].Status);
    }

    [Fact]
    public void Lines_end_with_CRLF_and_are_folded_at_75_octets_without_breaking_a_character()
    {
        var location = "Committee Room, Village Hall, Church Lane, Little Bramford — the room upstairs, reached by the lift beside the café (£2 parking)";
        var text = Write(Meeting("2026-07-16", location: location));

        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, l => l.StartsWith(' '));
        Assert.Equal(location, ReadBack(text).Events.Single().Location);
    }

    [Fact]
    public void Commas_semicolons_and_new_lines_are_escaped_and_read_back()
    {
        var location = "Village Hall; Committee Room, upstairs\nEnter by the side door";
        var text = Write(Meeting("2026-07-16", location: location));

        Assert.Contains(@"LOCATION:Village Hall\; Committee Room\, upstairs\nEnter by the side door", text.Replace("\r\n ", ""));
        Assert.Equal(location, ReadBack(text).Events.Single().Location);
    }

    [Fact]
    public void The_same_meetings_give_the_same_bytes_with_ids_from_the_meeting()
    {
        var meetings = new[] { Meeting("2026-07-16"), Meeting("2026-12-09", committee: Planning) };
        var first = MeetingCalendar.Write("Meetings", meetings, Config(), TestFormat.English);
        var second = MeetingCalendar.Write("Meetings", meetings, Config(), TestFormat.English);
        Assert.Equal(first, second);

        var calendar = ReadBack(Encoding.UTF8.GetString(first));
        Assert.Equal(["2026-07-16-full-council@www.littlebramford-pc.gov.uk", "2026-12-09-planning@www.littlebramford-pc.gov.uk"],
            calendar.Events.Select(e => e.Uid));
        Assert.All(calendar.Events, e => Assert.Equal(e.DtStart!.Date, e.DtStamp!.Date));
    }

    [Fact]
    public void Without_the_site_address_ids_name_the_council_and_there_are_no_links()
    {
        var text = Encoding.UTF8.GetString(MeetingCalendar.Write("Meetings", [Meeting("2026-07-16")], Config(url: null), TestFormat.English));
        var meeting = ReadBack(text).Events.Single();
        Assert.Equal("2026-07-16-full-council@little-bramford-parish-council.councilsite", meeting.Uid);
        Assert.Null(meeting.Url);
    }

    [Fact]
    public void The_stamp_follows_the_latest_date_the_content_records()
    {
        var meeting = Meeting("2026-07-16") with
        {
            Minutes = new Minutes(new CouncilSite.Rendering.Markdown.MarkdownEngine().Parse("minutes.md", "Present: all.", 1).Source, MinutesStatus.Approved, new DateOnly(2026, 9, 17), []),
        };
        var stamp = ReadBack(Write(meeting)).Events.Single().DtStamp!;
        Assert.Equal(new DateTime(2026, 9, 17, 0, 0, 0, DateTimeKind.Utc), stamp.AsUtc);
    }
}
