using CouncilSite.Content;

namespace CouncilSite.Sections.FreePages;

/// <summary>A free page: <c>pages/about.md</c> is published at <c>/about/</c>.</summary>
/// <param name="Slug">The address path without slashes at the ends, e.g. <c>about</c> or <c>village/hall</c>.</param>
public sealed record FreePage(
    string Slug,
    string Title,
    string? Description,
    int Order,
    bool Nav,
    MarkdownSource Content,
    IReadOnlyDictionary<string, object?> Extra)
{
    public string Address => $"/{Slug}/";
}
