using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.Datasets;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.News;
using CouncilSite.Sections.Pages;
using CouncilSite.Sections.Policies;

namespace CouncilSite.Content;

/// <summary>The Load stage: every content kind read by its own loader, in a stable order.</summary>
public static class ContentLoader
{
    public static SiteContent Load(LoadContext context)
    {
        // The kinds load side by side: a large council's news and policies are read while its
        // meetings are, instead of after them on one core. Each list is sorted, so the order
        // in which files finish never shows in the site.
        var pageLoad = Task.Run(() => PageLoader.Load(context));
        var meetings = Task.Run(() => MeetingLoader.Load(context));
        var policies = Task.Run(() => PolicyLoader.Load(context));
        var councillors = Task.Run(() => CouncillorLoader.Load(context));
        var news = Task.Run(() => NewsLoader.Load(context));
        var documents = Task.Run(() => DocumentLoader.Load(context));
        var datasets = Task.Run(() => DatasetLoader.Load(context));
        var (pages, intro) = Finish(pageLoad);
        return new SiteContent(
            context.Config,
            context.Today,
            pages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList(),
            intro,
            Finish(meetings).OrderBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList(),
            Finish(policies).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList(),
            Finish(councillors).OrderBy(c => RoleRank(c.Role)).ThenBy(c => Surname(c.Name), StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList(),
            Finish(news).OrderByDescending(n => n.Date).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList(),
            Finish(documents).OrderByDescending(d => d.FinancialYear ?? "").ThenBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList(),
            Finish(datasets).OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList(),
            context.Memory?.Settings);
    }

    /// <summary>A loader's result, with its own exception (not an AggregateException) if it failed.</summary>
    private static T Finish<T>(Task<T> load) => load.GetAwaiter().GetResult();

    /// <summary>The chair first, then the vice-chair, then everyone else by surname, as councils list themselves.</summary>
    private static int RoleRank(string? role) => role?.ToLowerInvariant() switch
    {
        "chair" or "chairman" or "chairwoman" or "mayor" => 0,
        "vice-chair" or "vice chair" or "vice-chairman" or "deputy mayor" => 1,
        _ => 2,
    };

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name;
}
