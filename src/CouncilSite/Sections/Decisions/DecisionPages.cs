using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Home;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Meetings.Decisions;

namespace CouncilSite.Sections.Decisions;

/// <summary>
/// The decisions register: every resolution in the minutes, newest first by year, at
/// <c>/decisions/</c>, and the same for each committee at <c>/decisions/&lt;committee&gt;/</c>, so
/// that the committee views are plain pages that work without JavaScript.
/// </summary>
public static class DecisionPages
{
    private static Crumb Index(Format format) => new(format.Text("decisions.title"), DecisionRoutes.Index);

    /// <summary>
    /// A meeting's decisions as the register shows them, made from the meeting and the site's
    /// strings alone: a preview session keeps them with an unchanged meeting, so the register is not
    /// made again from every meeting's minutes after an edit to one.
    /// </summary>
    private static readonly object KeptDecisions = new();

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        var views = DecisionRegister.Meetings(content.Meetings).SelectMany(m => Decisions(m, model)).ToList();
        var committees = content.Config.Committees
            .Select(c => new DecisionCommittee(c.Id, c.Name, DecisionRoutes.Committee(c.Id), MeetingRoutes.Committee(c.Id), views.Count(v => v.CommitteeId == c.Id)))
            .ToList();
        yield return new HtmlPage(DecisionRoutes.Index, model.Format.Text("decisions.title"), "decisions", [HomePage.Crumb(model.Format)],
            new DecisionsPageModel(ByYear(views), views.Count, committees),
            Description: model.Format.Text("decisions.description", ("council", content.Config.Name)));

        foreach (var committee in committees)
        {
            var own = views.Where(v => v.CommitteeId == committee.Id).ToList();
            yield return new HtmlPage(committee.Address, model.Format.Text("decisions.of_committee", ("committee", committee.Name)), "decisions",
                [HomePage.Crumb(model.Format), Index(model.Format)],
                new DecisionsCommitteePageModel(committee, ByYear(own)),
                Description: model.Format.Text("decisions.committee_description", ("committee", committee.Name), ("council", content.Config.Name)));
        }
    }

    internal static IReadOnlyList<DecisionView> Decisions(Meeting meeting, SiteModel model) =>
        model.Parts.Of<IReadOnlyList<DecisionView>>(KeptDecisions, meeting,
            () => meeting.Minutes!.Decisions.Select(d => DecisionView.From(new Decision(meeting, d), model.Format)).ToList());

    private static List<DecisionYear> ByYear(IEnumerable<DecisionView> views) =>
        views.GroupBy(v => v.Year).Select(g => new DecisionYear(g.Key, g.ToList())).ToList();
}
