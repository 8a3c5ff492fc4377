using CouncilSite.Content;

namespace CouncilSite.Sections.News;

/// <summary>A notice or news item: <c>news/2026-02-01-road-closure.md</c>.</summary>
/// <param name="Expires">After this date the item leaves the home page; its address stays, as addresses are permanent.</param>
public sealed record NewsItem(
    string Slug,
    DateOnly Date,
    string Title,
    string? Summary,
    DateOnly? Expires,
    MarkdownSource Content,
    IReadOnlyDictionary<string, object?> Extra)
{
    public string Address => NewsRoutes.Item(Slug);

    public bool IsExpired(DateOnly today) => Expires is { } e && e < today;
}
