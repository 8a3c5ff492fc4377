using CouncilSite.Content;

namespace CouncilSite.Outputs.Html;

/// <summary>The main navigation: the council's sections, then the clerk's pages marked <c>nav: true</c>.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavItem> Items(SiteContent content)
    {
        var items = new List<NavItem> { new("Meetings", "/meetings/", "meetings") };
        AddIf(items, content.Meetings.Any(m => m.Minutes?.Decisions.Count > 0), new NavItem("Decisions", "/decisions/", "decisions"));
        AddIf(items, content.Policies.Count > 0, new NavItem("Policies", "/policies/", "policies"));
        AddIf(items, content.Councillors.Count > 0, new NavItem("Councillors", "/councillors/", "councillors"));
        AddIf(items, content.News.Count > 0, new NavItem("News", "/news/", "news"));
        AddIf(items, content.Documents.Count > 0, new NavItem("Documents", "/documents/", "documents"));
        AddIf(items, content.Datasets.Count > 0, new NavItem("Open data", "/data/", "data"));
        AddIf(items, content.Config.Transparency != "none", new NavItem("Transparency", "/transparency/", "transparency"));
        items.AddRange(content.Pages.Where(p => p.Nav).Select(p => new NavItem(p.Title, p.Address, p.Slug)));
        return items;
    }

    private static void AddIf(List<NavItem> items, bool condition, NavItem item)
    {
        if (condition)
        {
            items.Add(item);
        }
    }
}
