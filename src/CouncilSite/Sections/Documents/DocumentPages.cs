using CouncilSite.Outputs.Html;
using CouncilSite.Sections.FreePages;
using CouncilSite.Sections.Home;

namespace CouncilSite.Sections.Documents;

/// <summary>A document as the templates show it.</summary>
/// <param name="Size">The file's size; null for a web page.</param>
public sealed record DocumentView(string Title, string Address, string? DateText, string? FinancialYear, string? Summary, string Kind, string? Size);

/// <summary>Documents of one category, in the order the transparency rules list them.</summary>
public sealed record DocumentGroup(string Category, string Name, IReadOnlyList<DocumentView> Documents);

/// <summary>The documents page: statutory and other documents grouped by category, newest year first; and a page for each written in Markdown.</summary>
public static class DocumentPages
{
    private static Crumb Index(Format format) => new(format.Text("documents.title"), DocumentRoutes.Index);

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        var groups = DocumentCategories.All
            .Select(c => new DocumentGroup(c.Id, DocumentCategories.NameOf(c.Id, model.Format), content.Documents.Where(d => d.Category == c.Id).Select(d => View(d, model.Format)).ToList()))
            .Where(g => g.Documents.Count > 0)
            .ToList();
        yield return new HtmlPage(DocumentRoutes.Index, model.Format.Text("documents.title"), "documents", [HomePage.Crumb(model.Format)],
            new DocumentsPageModel(groups),
            Description: model.Format.Text("documents.description", ("council", content.Config.Name)), Alternates: DocumentFeed.Announced(model));

        foreach (var document in content.Documents.Where(d => d.Content is not null))
        {
            yield return new HtmlPage(document.Address, document.Title, "documents", [HomePage.Crumb(model.Format), Index(model.Format)],
                new MarkdownPageModel(document.Extra), document.Content, document.Summary, DocumentFeed.Announced(model),
                Sources: [document.File.File]);
        }
    }

    private static DocumentView View(Document d, Format format) =>
        new(d.Title, d.Address, d.Date is { } date ? format.Date(date) : null, d.FinancialYear, d.Summary,
            d.Content is null ? format.FileKind(d.File) : format.Text("files.web_page"), d.Content is null ? format.FileSize(d.File.Size) : null);
}
