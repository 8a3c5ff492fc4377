using CouncilSite.Sections.Decisions;
using CouncilSite.Site;

namespace CouncilSite.Sections.Meetings;

/// <summary>A committee as the templates show it, with its addresses worked out here so that no template builds one.</summary>
/// <param name="DecisionsAddress">Its part of the decisions register.</param>
public sealed record CommitteeView(string Id, string Name, string? Description, string Address, string DecisionsAddress)
{
    public static CommitteeView From(Committee committee) =>
        new(committee.Id, committee.Name, committee.Description, MeetingRoutes.Committee(committee.Id), DecisionRoutes.Committee(committee.Id));
}
