using CouncilSite.Outputs.Feeds;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Documents;

/// <summary>The feed of dated documents (accounts, audit papers), as each is published.</summary>
public static class DocumentFeed
{
    /// <summary>What every documents page announces.</summary>
    public static readonly IReadOnlyList<AlternateLink> Announced = [AtomFeed.Link("Documents (Atom feed)", DocumentRoutes.Feed)];

    public static AtomFeed Of(IReadOnlyList<Document> documents) =>
        new("Documents", DocumentRoutes.Feed, DocumentRoutes.Index, documents.Where(d => d.Date is not null).Select(Entry).ToList());

    private static AtomEntry Entry(Document document) =>
        new(document.Address, document.Title, document.Date!.Value, document.Address,
            document.Summary ?? DocumentCategories.NameOf(document.Category) + (document.FinancialYear is { } year ? $", {year}" : ""));
}
