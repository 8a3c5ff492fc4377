using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Councillors;

/// <summary>The list of councillors.</summary>
public sealed record CouncillorsPageModel(IReadOnlyList<CouncillorView> Councillors) : PageModel
{
    public override string Layout => "layouts/councillors.html";
}

/// <summary>A councillor's page.</summary>
/// <param name="Extra">The clerk's own settings in the councillor's front matter.</param>
public sealed record CouncillorPageModel(CouncillorView Councillor, IReadOnlyDictionary<string, object?> Extra) : PageModel
{
    public override string Layout => "layouts/councillor.html";
}
