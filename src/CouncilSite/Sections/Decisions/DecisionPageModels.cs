using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Decisions;

/// <summary>The decisions register: every decision by year, and a link to each committee's.</summary>
/// <param name="Count">How many decisions the register holds.</param>
public sealed record DecisionsPageModel(IReadOnlyList<DecisionYear> Years, int Count, IReadOnlyList<DecisionCommittee> Committees) : PageModel
{
    public override string Layout => "layouts/decisions.html";
}

/// <summary>A committee's decisions by year.</summary>
public sealed record DecisionsCommitteePageModel(DecisionCommittee Committee, IReadOnlyList<DecisionYear> Years) : PageModel
{
    public override string Layout => "layouts/decisions-committee.html";
}
