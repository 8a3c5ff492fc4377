using CouncilSite.Content.Councillors;
using CouncilSite.Content.Data;
using CouncilSite.Content.Documents;
using CouncilSite.Content.Meetings;
using CouncilSite.Content.News;
using CouncilSite.Content.Pages;
using CouncilSite.Content.Policies;

namespace CouncilSite.Content;

/// <summary>The Load stage: every content kind read by its own loader, in a stable order.</summary>
public static class ContentLoader
{
    public static SiteContent Load(LoadContext context)
    {
        var (pages, intro) = PageLoader.Load(context);
        return new SiteContent(
            context.Config,
            context.Today,
            pages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList(),
            intro,
            MeetingLoader.Load(context).OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(),
            PolicyLoader.Load(context).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList(),
            CouncillorLoader.Load(context).OrderBy(c => RoleRank(c.Role)).ThenBy(c => Surname(c.Name), StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList(),
            NewsLoader.Load(context).OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList(),
            DocumentLoader.Load(context).OrderByDescending(d => d.FinancialYear ?? "").ThenBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList(),
            DatasetLoader.Load(context).OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList());
    }

    /// <summary>The chair first, then the vice-chair, then everyone else by surname, as councils list themselves.</summary>
    private static int RoleRank(string? role) => role?.ToLowerInvariant() switch
    {
        "chair" or "chairman" or "chairwoman" or "mayor" => 0,
        "vice-chair" or "vice chair" or "vice-chairman" or "deputy mayor" => 1,
        _ => 2,
    };

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name;
}
