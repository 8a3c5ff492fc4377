using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Accessibility;

/// <summary>The accessibility statement.</summary>
public sealed record AccessibilityPageModel(AccessibilityView Statement) : PageModel
{
    public override string Layout => "layouts/accessibility.html";
}
