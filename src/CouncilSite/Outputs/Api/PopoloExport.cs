using System.Text.Json.Nodes;
using CouncilSite.Addresses;
using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.StructuredData;
using CouncilSite.Sections;
using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.Meetings;
using CouncilSite.Site;

namespace CouncilSite.Outputs.Api;

/// <summary>
/// People, organisations, memberships and meetings in the Popolo shape
/// (https://www.popoloproject.com), the one civic tools such as those of mySociety and Open Civic
/// Data read, so that others can reuse the council's data without scraping its pages. Written
/// in a fixed order and layout, so an unchanged council gives an unchanged file.
/// </summary>
public static class PopoloExport
{
    public const string Address = "/api/popolo.json";

    /// <summary>A meeting's event as it stands in the file's list of events; a preview keeps those of unchanged meetings.</summary>
    private static readonly Remembered<Meeting, string> EventText = new((meeting, config, format) => JsonText.ForList(Event(meeting, config, format)));

    /// <param name="otherLanguages">The site's settings in each of its other languages: the council's and committees' names in them are the organisations' other names.</param>
    public static OutputFile File(SiteModel model, IReadOnlyList<SiteConfig> otherLanguages)
    {
        var content = model.Content;
        var council = SiteIdentity.Slug(content.Config);
        var head = new JsonObject
        {
            ["persons"] = Array(content.Councillors.OrderBy(c => c.Slug, StringComparer.Ordinal).Select(c => Person(c, content, model.Format))),
            ["organizations"] = Array(Organizations(content, council, model.Format, otherLanguages)),
            ["memberships"] = Array(Memberships(content, council, model.Format)),
        };
        var events = EventText.OfEach(content.Meetings, content.Config, model.Format, model.Parts);
        return OutputFile.At(Address, JsonText.ForFile(head, "events", events));
    }

    private static JsonObject Person(Councillor councillor, SiteContent content, Format format)
    {
        var person = new JsonObject { ["id"] = councillor.Slug, ["name"] = councillor.Name };
        JsonText.AddIfGiven(person, "email", councillor.Email);
        if (councillor.Photo is { } photo)
        {
            person["image"] = Link(content, photo);
        }

        var contacts = new JsonArray();
        if (councillor.Email is { } email)
        {
            contacts.Add(new JsonObject { ["type"] = "email", ["value"] = email });
        }

        if (councillor.Phone is { } phone)
        {
            contacts.Add(new JsonObject { ["type"] = "voice", ["value"] = phone });
        }

        person["contact_details"] = contacts;
        person["links"] = new JsonArray(new JsonObject { ["url"] = Link(content, councillor.Address), ["note"] = format.Text("popolo.councillor_page") });
        return person;
    }

    private static IEnumerable<JsonObject> Organizations(SiteContent content, string council, Format format, IReadOnlyList<SiteConfig> otherLanguages)
    {
        var organization = new JsonObject { ["id"] = council, ["name"] = content.Config.Name, ["classification"] = "council" };
        yield return WithOtherNames(organization, content.Config.Name, otherLanguages.Select(c => (c.Language, c.Name)));
        foreach (var committee in content.Config.Committees)
        {
            var node = new JsonObject
            {
                ["id"] = committee.Id,
                ["name"] = committee.Name,
                ["classification"] = "committee",
                ["parent_id"] = council,
                ["links"] = new JsonArray(new JsonObject { ["url"] = Link(content, MeetingRoutes.Committee(committee.Id)), ["note"] = format.Text("popolo.committee_meetings") }),
            };
            yield return WithOtherNames(node, committee.Name, otherLanguages.Select(c => (c.Language, c.FindCommittee(committee.Id)?.Name ?? committee.Name)));
        }
    }

    /// <summary>The names in the site's other languages, as Popolo's other names, each noting its language tag.</summary>
    private static JsonObject WithOtherNames(JsonObject organization, string name, IEnumerable<(string Language, string Name)> names)
    {
        var other = names.Where(n => n.Name != name).Select(n => (JsonNode)new JsonObject { ["name"] = n.Name, ["note"] = n.Language }).ToArray();
        if (other.Length > 0)
        {
            organization["other_names"] = new JsonArray(other);
        }

        return organization;
    }

    private static IEnumerable<JsonObject> Memberships(SiteContent content, string council, Format format)
    {
        foreach (var councillor in content.Councillors.OrderBy(c => c.Slug, StringComparer.Ordinal))
        {
            yield return Membership(councillor, council, councillor.Role ?? format.Text("popolo.councillor_role"), councillor.Ward);
            foreach (var seat in CommitteeMemberships.Of(councillor, content.Config.Committees))
            {
                yield return Membership(councillor, seat.Committee.Id, seat.Role, null);
            }
        }
    }

    private static JsonObject Membership(Councillor councillor, string organization, string role, string? ward)
    {
        var membership = new JsonObject
        {
            ["id"] = $"{councillor.Slug}:{organization}",
            ["person_id"] = councillor.Slug,
            ["organization_id"] = organization,
            ["role"] = role,
        };
        JsonText.AddIfGiven(membership, "area", ward);
        if (councillor.TermEnds is { } ends)
        {
            membership["end_date"] = Timestamps.Date(ends);
        }

        return membership;
    }

    private static JsonObject Event(Meeting meeting, SiteConfig config, Format format)
    {
        var zone = config.TimeZone;
        var node = new JsonObject
        {
            ["id"] = meeting.Id,
            ["name"] = meeting.Title,
            ["classification"] = "meeting",
            ["organization_id"] = meeting.Committee.Id,
            ["start_date"] = MeetingTimes.Start(meeting, zone) is { } start ? Timestamps.Instant(start) : Timestamps.Date(meeting.Date),
            ["status"] = meeting.Status.ToString().ToLowerInvariant(),
        };
        JsonText.AddIfGiven(node, "end_date", MeetingTimes.End(meeting, zone) is { } end ? Timestamps.Instant(end) : null);
        JsonText.AddIfGiven(node, "location", meeting.Location);

        var links = new JsonArray(new JsonObject { ["url"] = Link(config, meeting.Address), ["note"] = format.Text("popolo.meeting_page") });
        if (meeting.Agenda is not null)
        {
            links.Add(new JsonObject { ["url"] = Link(config, MeetingRoutes.Agenda(meeting)), ["note"] = format.Text("meeting.agenda") });
        }

        if (meeting.Minutes is { } minutes)
        {
            var note = format.Text(minutes.Status == MinutesStatus.Draft ? "meeting.draft_minutes" : "meeting.minutes");
            links.Add(new JsonObject { ["url"] = Link(config, MeetingRoutes.Minutes(meeting)), ["note"] = note });
        }

        node["links"] = links;
        return node;
    }

    /// <summary>The full address when the site's url is known, else a link relative to this file.</summary>
    private static string Link(SiteContent content, string address) => Link(content.Config, address);

    private static string Link(SiteConfig config, string address) =>
        SiteIdentity.Absolute(config, address) ?? SiteAddress.Relative(Address, address);

    private static JsonArray Array(IEnumerable<JsonObject> items) => new([.. items]);
}
