using CouncilSite.Content;
using CouncilSite.Outputs;

namespace CouncilSite.Sections.Meetings.Calendar;

/// <summary>The calendar of every meeting, and one for each committee beside its page.</summary>
public static class CalendarFiles
{
    public const string MediaType = "text/calendar";

    public static IEnumerable<OutputFile> All(SiteModel model)
    {
        var content = model.Content;
        var config = content.Config;
        var events = MeetingCalendar.Events(content.Meetings, config, model.Format, model.Parts);
        yield return OutputFile.At(MeetingRoutes.Calendar, MeetingCalendar.Write(model.Format.Text("calendars.all_meetings", ("council", config.Name)), content.Meetings, config, events));
        foreach (var committee in config.Committees)
        {
            var own = content.Meetings.Where(m => m.Committee == committee).ToList();
            yield return OutputFile.At(MeetingRoutes.CommitteeCalendar(committee.Id), MeetingCalendar.Write(model.Format.Text("calendars.committee", ("council", config.Name), ("committee", committee.Name)), own, config, events));
        }
    }

    /// <summary>The subscribe link a page shows: relative always, and webcal:// too when the site's address is known.</summary>
    public static CalendarLink Link(SiteContent content, string address) =>
        new(address, SiteIdentity.Absolute(content.Config, address) is { } url ? "webcal" + url[url.IndexOf(':')..] : null);
}

/// <summary>A calendar to subscribe to, as the meetings and committee pages offer it.</summary>
/// <param name="Webcal">The <c>webcal://</c> address that opens the calendar program, when the site's address is known.</param>
public sealed record CalendarLink(string Address, string? Webcal);
