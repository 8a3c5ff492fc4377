using CouncilSite.Content;
using CouncilSite.Site;

namespace CouncilSite.Sections.Policies;

/// <summary>A policy: written in Markdown (<see cref="Content"/>) or published as a file (<see cref="File"/>).</summary>
public sealed record Policy(
    string Slug,
    string Title,
    DateOnly? Adopted,
    DateOnly? Review,
    string? Version,
    Committee? Committee,
    string? Summary,
    MarkdownSource? Content,
    FileAttachment? File,
    string SourceFile,
    int ReviewLine,
    IReadOnlyDictionary<string, object?> Extra)
{
    public string Address => PolicyRoutes.Policy(Slug);

    public bool IsReviewOverdue(DateOnly today) => Review is { } due && due < today;
}
