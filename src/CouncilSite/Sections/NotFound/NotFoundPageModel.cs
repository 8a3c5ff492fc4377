using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.NotFound;

/// <summary>The 404 page, which has nothing of its own beyond what every page has.</summary>
public sealed record NotFoundPageModel : PageModel
{
    public override string Layout => "layouts/404.html";
}
