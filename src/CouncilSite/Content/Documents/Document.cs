namespace CouncilSite.Content.Documents;

/// <summary>A statutory or other document: a file in <c>documents/</c> described by its <c>.yml</c> sidecar.</summary>
/// <param name="FinancialYear">Written as the clerk does, e.g. <c>2024-25</c>.</param>
public sealed record Document(
    string Slug,
    string Title,
    DateOnly? Date,
    string Category,
    string? FinancialYear,
    string? Summary,
    FileAttachment File,
    IReadOnlyDictionary<string, object?> Extra)
{
    public string Address => File.Address;
}
