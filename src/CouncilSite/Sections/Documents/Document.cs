using CouncilSite.Addresses;
using CouncilSite.Content;

namespace CouncilSite.Sections.Documents;

/// <summary>
/// A statutory or other document: a file in <c>documents/</c> described by its <c>.yml</c> sidecar.
/// A Markdown file is published as a web page (<see cref="Content"/>), any other file as it is.
/// </summary>
/// <param name="FinancialYear">Written as the clerk does, e.g. <c>2024-25</c>.</param>
public sealed record Document(
    string Slug,
    string Title,
    DateOnly? Date,
    string Category,
    string? FinancialYear,
    string? Summary,
    FileAttachment File,
    MarkdownSource? Content,
    IReadOnlyDictionary<string, object?> Extra)
{
    /// <summary><c>/documents/annual-report/</c> for a web page, <c>/documents/budget-2026-27.pdf</c> for a file.</summary>
    public string Address => Content is null ? File.Address : SiteAddress.PageOf(File.Address);
}
