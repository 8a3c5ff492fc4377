using CouncilSite.Sections.Meetings;
using CouncilSite.Site;

namespace CouncilSite.Tests.Sections.Meetings;

/// <summary>Meetings and settings made in code, for the writers that need no folder.</summary>
internal static class MeetingFixtures
{
    public static readonly Committee FullCouncil = new("full-council", "Full Council", null);
    public static readonly Committee Planning = new("planning", "Planning Committee", null);

    public static SiteConfig Config(string? url = "https://www.littlebramford-pc.gov.uk") => new()
    {
        Name = "Little Bramford Parish Council",
        Url = url,
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London"),
        Committees = [FullCouncil, Planning],
    };

    public static Meeting Meeting(
        string date,
        string? time = "19:30",
        MeetingStatus status = MeetingStatus.Scheduled,
        string? location = "Village Hall, Church Lane",
        Committee? committee = null)
    {
        committee ??= FullCouncil;
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd");
        return new Meeting($"{date}-{committee.Id}", $"meetings/{date}-{committee.Id}", day, committee, null,
            time is null ? null : TimeOnly.ParseExact(time, "HH:mm"), location, status, true, committee.Name,
            null, null, [], new Dictionary<string, object?>());
    }
}
