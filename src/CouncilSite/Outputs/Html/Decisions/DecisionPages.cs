using System.Runtime.CompilerServices;
using CouncilSite.Content;
using CouncilSite.Content.Meetings;
using CouncilSite.Content.Meetings.Decisions;
using CouncilSite.Outputs.Html.Meetings;

namespace CouncilSite.Outputs.Html.Decisions;

/// <summary>
/// The decisions register: every resolution in the minutes, newest first by year, at
/// <c>/decisions/</c>, and the same for each committee at <c>/decisions/&lt;committee&gt;/</c>, so
/// that the committee views are plain pages that work without JavaScript.
/// </summary>
public static class DecisionPages
{
    public const string Address = "/decisions/";

    private static readonly Crumb Index = new("Decisions", Address);

    /// <summary>
    /// In a preview session, each decision's view while its meeting is the same object under the
    /// same settings: the view is made from those alone, and a view kept is one the session need
    /// not look through again to know the register unchanged.
    /// </summary>
    private static readonly ConditionalWeakTable<MinutedDecision, KeptView> Kept = new();

    private sealed record KeptView(Meeting Meeting, UInt128 Settings, DecisionView View);

    public static IEnumerable<HtmlPage> Pages(SiteContent content)
    {
        var views = DecisionRegister.From(content.Meetings).Select(d => ViewOf(d, content.Settings)).ToList();
        var committees = content.Config.Committees
            .Select(c => new DecisionCommittee(c.Id, c.Name, $"{Address}{c.Id}/", $"/committees/{c.Id}/", views.Count(v => v.CommitteeId == c.Id)))
            .ToList();
        yield return new HtmlPage(Address, "layouts/decisions.html", "Decisions", "decisions", [MeetingPages.Home],
            new Dictionary<string, object?>
            {
                ["years"] = ByYear(views),
                ["count"] = views.Count,
                ["committees"] = committees,
            },
            Description: $"Every decision recorded in the minutes of {content.Config.Name} and its committees, newest first.");

        foreach (var committee in committees)
        {
            var own = views.Where(v => v.CommitteeId == committee.Id).ToList();
            yield return new HtmlPage(committee.Address, "layouts/decisions-committee.html", $"Decisions of the {committee.Name}", "decisions",
                [MeetingPages.Home, Index],
                new Dictionary<string, object?>
                {
                    ["committee"] = committee,
                    ["years"] = ByYear(own),
                },
                Description: $"Decisions recorded in the minutes of the {committee.Name} of {content.Config.Name}, newest first.");
        }
    }

    private static DecisionView ViewOf(Decision decision, UInt128? settings)
    {
        if (settings is null)
        {
            return DecisionView.From(decision);
        }

        if (Kept.TryGetValue(decision.Minuted, out var kept) && ReferenceEquals(kept.Meeting, decision.Meeting) && kept.Settings == settings)
        {
            return kept.View;
        }

        var view = DecisionView.From(decision);
        Kept.AddOrUpdate(decision.Minuted, new KeptView(decision.Meeting, settings.Value, view));
        return view;
    }

    private static List<DecisionYear> ByYear(IEnumerable<DecisionView> views) =>
        views.GroupBy(v => v.Year).Select(g => new DecisionYear(g.Key, g.ToList())).ToList();
}
