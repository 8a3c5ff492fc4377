using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Policies;

/// <summary>The policy register.</summary>
public sealed record PoliciesPageModel(IReadOnlyList<PolicyView> Policies) : PageModel
{
    public override string Layout => "layouts/policies.html";
}

/// <summary>A policy's page.</summary>
/// <param name="Extra">The clerk's own settings in the policy's front matter.</param>
public sealed record PolicyPageModel(PolicyView Policy, IReadOnlyDictionary<string, object?> Extra) : PageModel
{
    public override string Layout => "layouts/policy.html";
}
