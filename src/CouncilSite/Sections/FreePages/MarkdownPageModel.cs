using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.FreePages;

/// <summary>A page that is the clerk's Markdown and little else: a page of <c>pages/</c>, or a document written in Markdown.</summary>
/// <param name="Extra">The clerk's own settings in the file's front matter.</param>
public sealed record MarkdownPageModel(IReadOnlyDictionary<string, object?> Extra) : PageModel
{
    public override string Layout => "layouts/page.html";
}
