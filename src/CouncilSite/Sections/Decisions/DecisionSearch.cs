using CouncilSite.Outputs.Html;
using CouncilSite.Search;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Meetings.Decisions;

namespace CouncilSite.Sections.Decisions;

/// <summary>
/// What the site's search finds of the decisions register: each decision at its place in the
/// minutes, as the register links it, by its subject, minute reference, text and listed items.
/// </summary>
public static class DecisionSearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model) =>
        DecisionRegister.Meetings(model.Content.Meetings).SelectMany(meeting => DecisionPages.Decisions(meeting, model).Select(d =>
            new SearchEntry(d.Address, Title(d, model.Format), SearchKind.Decisions,
                SearchText.Lines([d.Reference, d.Subject, d.Text, .. d.Items]), meeting.Date, d.CommitteeId, d.MeetingTitle)));

    /// <summary>Its subject; else its minute's reference ("Minute C083/26"); else the meeting it was made at.</summary>
    private static string Title(DecisionView decision, Format format) =>
        decision.Subject ?? (decision.Reference is { } reference ? format.Text("meeting.minute", ("reference", reference)) : decision.MeetingTitle);
}
