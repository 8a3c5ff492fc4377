using CouncilSite.Outputs.Feeds;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Documents;

/// <summary>The feed of dated documents (accounts, audit papers), as each is published.</summary>
public static class DocumentFeed
{
    /// <summary>What every documents page announces, made once a build: the same list serves every page.</summary>
    public static IReadOnlyList<AlternateLink> Announced(SiteModel model) =>
        model.Shared(m => new FeedLinks([AtomFeed.Link(m.Format.Text("feeds.documents_link"), DocumentRoutes.Feed)])).Announced;

    public static AtomFeed Of(IReadOnlyList<Document> documents, Format format) =>
        new(format.Text("feeds.documents"), DocumentRoutes.Feed, DocumentRoutes.Index, documents.Where(d => d.Date is not null).Select(d => Entry(d, format)).ToList());

    private static AtomEntry Entry(Document document, Format format) =>
        new(document.Address, document.Title, document.Date!.Value, document.Address,
            document.Summary ?? DocumentCategories.NameOf(document.Category, format) + (document.FinancialYear is { } year ? $", {year}" : ""));

    private sealed record FeedLinks(IReadOnlyList<AlternateLink> Announced);
}
