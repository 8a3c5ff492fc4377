using CouncilSite.Content;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;

namespace CouncilSite.Sections.Documents;

/// <summary>Documents: <c>documents/</c>, each file with a <c>.yml</c> description; a Markdown one is a web page.</summary>
public sealed class DocumentsSection : Section<IReadOnlyList<Document>>
{
    public override IReadOnlyList<string> Folders => ["documents"];

    protected override IReadOnlyList<Document> Read(LoadContext context) =>
        DocumentLoader.Load(context)
            .OrderByDescending(d => d.FinancialYear ?? "").ThenBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ToList();

    public override int Items(SiteContent content) => content.Documents.Count;

    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) =>
        content.Documents.Count > 0 ? [new(format.Text("documents.title"), DocumentRoutes.Index, "documents")] : [];

    public override IEnumerable<CopiedFile> Copies(SiteContent content) => content.Documents.Where(d => d.Content is null).Select(d => d.File.Copy);

    public override IEnumerable<MarkdownSource?> Texts(SiteContent content) => content.Documents.Select(d => d.Content);

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => DocumentPages.Pages(model);

    public override IEnumerable<OutputFile> Files(SiteModel model) => [DocumentFeed.Of(model.Content.Documents, model.Format).File(model.Content.Config)];

    public override IEnumerable<SearchEntry> Search(SiteModel model) => DocumentSearch.Entries(model);
}

/// <summary>The documents as every part of the build finds them.</summary>
public static class DocumentsOfSite
{
    extension(SiteContent content)
    {
        /// <summary>Every document, newest financial year first, then by title.</summary>
        public IReadOnlyList<Document> Documents => content.Of<IReadOnlyList<Document>>();
    }
}
