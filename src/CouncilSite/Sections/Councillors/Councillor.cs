using CouncilSite.Content;

namespace CouncilSite.Sections.Councillors;

/// <summary>One councillor: <c>councillors/jane-smith.md</c> is published at <c>/councillors/jane-smith/</c>.</summary>
/// <param name="InterestsFile">The register of interests as a file, when the clerk gave a path instead of a list.</param>
/// <param name="Photo">Where the photo is published (a site address), when there is one.</param>
public sealed record Councillor(
    string Slug,
    string Name,
    string? Role,
    string? Ward,
    string? Email,
    string? Phone,
    DateOnly? TermEnds,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<string> Interests,
    string? InterestsFile,
    string? Photo,
    string? PhotoAlt,
    MarkdownSource Content,
    IReadOnlyDictionary<string, object?> Extra)
{
    public string Address => CouncillorRoutes.Councillor(Slug);
}
