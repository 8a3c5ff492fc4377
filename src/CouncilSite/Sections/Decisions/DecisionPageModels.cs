using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Datasets;

namespace CouncilSite.Sections.Decisions;

/// <summary>The decisions register: its years with their counts, the latest decisions, and a link to each committee's.</summary>
/// <param name="Count">How many decisions the register holds.</param>
/// <param name="Latest">The newest decisions, under their years.</param>
public sealed record DecisionsPageModel(IReadOnlyList<DecisionYearLink> Years, int Count, IReadOnlyList<DecisionYear> Latest, IReadOnlyList<DecisionCommittee> Committees) : PageModel
{
    public override string Layout => "layouts/decisions.html";
}

/// <summary>A committee's register: its years with their counts and its latest decisions.</summary>
public sealed record DecisionsCommitteePageModel(DecisionCommittee Committee, IReadOnlyList<DecisionYearLink> Years, IReadOnlyList<DecisionYear> Latest) : PageModel
{
    public override string Layout => "layouts/decisions-committee.html";
}

/// <summary>A year of the register, or of a committee's (a page of it, when the year is long).</summary>
/// <param name="Committee">Null for the whole council's register.</param>
/// <param name="Heading">"Decisions in 2024", or "Decisions of the Planning Committee in 2024".</param>
/// <param name="Earlier">The year before that has decisions, if any.</param>
/// <param name="Later">The year after that has decisions, if any.</param>
/// <param name="Pagination">Null when the year fits on one page.</param>
public sealed record DecisionsYearPageModel(
    DecisionCommittee? Committee,
    string Heading,
    DecisionYearLink Year,
    IReadOnlyList<DecisionView> Decisions,
    DecisionYearLink? Earlier,
    DecisionYearLink? Later,
    PaginationView? Pagination) : PageModel
{
    public override string Layout => "layouts/decisions-year.html";
}
