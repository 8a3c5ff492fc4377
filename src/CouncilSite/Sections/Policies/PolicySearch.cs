using CouncilSite.Search;

namespace CouncilSite.Sections.Policies;

/// <summary>What the site's search finds of the policies: each by its title, summary and text (a PDF's words), on the day it was adopted.</summary>
public static class PolicySearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model) =>
        model.Content.Policies.Select(p => new SearchEntry(p.Address, p.Title, SearchKind.Policies,
            SearchText.Lines(p.Summary, p.Content?.Text, p.File?.Text), p.Adopted, p.Committee?.Id, p.Committee?.Name));
}
