using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Transparency;

/// <summary>The transparency page: the checklist of what the council's code asks for.</summary>
public sealed record TransparencyPageModel(ChecklistView Checklist) : PageModel
{
    public override string Layout => "layouts/transparency.html";
}
