using System.Text.Json.Nodes;
using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Meetings;
using CouncilSite.Site;

namespace CouncilSite.Outputs.StructuredData;

/// <summary>
/// schema.org JSON-LD, which search engines read to show a meeting as an event and the council
/// as a public body: an <c>Event</c> on each meeting page, a <c>GovernmentOrganization</c> on the home page.
/// </summary>
public static class SchemaOrg
{
    private const string Context = "https://schema.org";

    public static string Council(SiteConfig config) => JsonText.ForPage(Organization(config, withContext: true));

    public static string MeetingEvent(Meeting meeting, SiteConfig config, Format format)
    {
        var start = MeetingTimes.Start(meeting, config.TimeZone);
        var node = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "Event",
            ["name"] = format.Text("schema.event_name", ("meeting", meeting.Title), ("council", config.Name)),
            ["startDate"] = start is { } s ? Timestamps.Instant(s) : Timestamps.Date(meeting.Date),
            ["endDate"] = MeetingTimes.End(meeting, config.TimeZone) is { } e ? Timestamps.Instant(e) : Timestamps.Date(meeting.Date),
            ["eventStatus"] = $"{Context}/{Status(meeting.Status)}",
            ["eventAttendanceMode"] = $"{Context}/OfflineEventAttendanceMode",
            ["isAccessibleForFree"] = true,
            ["description"] = format.Text("schema.event_description", ("committee", meeting.Committee.Name), ("council", config.Name)),
            ["inLanguage"] = config.Language,
        };
        if (meeting.Location is { } location)
        {
            node["location"] = new JsonObject
            {
                ["@type"] = "Place",
                ["name"] = location,
                ["address"] = location,
            };
        }

        node["organizer"] = Organization(config, withContext: false);
        if (SiteIdentity.Absolute(config, meeting.Address) is { } url)
        {
            node["url"] = url;
        }

        return JsonText.ForPage(node);
    }

    private static JsonObject Organization(SiteConfig config, bool withContext)
    {
        var organization = withContext ? new JsonObject { ["@context"] = Context } : [];
        organization["@type"] = "GovernmentOrganization";
        organization["name"] = config.Name;
        if (config.Url is { } url)
        {
            organization["url"] = url + "/";
        }

        if (config.Clerk is { } clerk)
        {
            JsonText.AddIfGiven(organization, "email", clerk.Email);
            JsonText.AddIfGiven(organization, "telephone", clerk.Phone);
            JsonText.AddIfGiven(organization, "address", clerk.Address);
        }

        return organization;
    }

    /// <summary>A held meeting took place as scheduled; a postponed one waits for a new date.</summary>
    private static string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Cancelled => "EventCancelled",
        MeetingStatus.Postponed => "EventPostponed",
        _ => "EventScheduled",
    };
}
