using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Documents;

/// <summary>The documents page: the documents grouped by category.</summary>
public sealed record DocumentsPageModel(IReadOnlyList<DocumentGroup> Groups) : PageModel
{
    public override string Layout => "layouts/documents.html";
}
