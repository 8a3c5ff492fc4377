using CouncilSite.Content;

namespace CouncilSite.Sections.Datasets;

/// <summary>An open dataset: <c>data/spending-2025-26.csv</c> described by <c>spending-2025-26.yml</c>.</summary>
public sealed record Dataset(
    string Slug,
    string Title,
    string? Description,
    string Licence,
    string? Publisher,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string Schema,
    IReadOnlyList<DatasetColumn> Columns,
    DateOnly? Updated,
    FileAttachment File,
    IReadOnlyDictionary<string, object?> Extra)
{
    public string FileAddress => File.Address;
}

public sealed record DatasetColumn(string Name, string? Title, string? Type, string? Description);
