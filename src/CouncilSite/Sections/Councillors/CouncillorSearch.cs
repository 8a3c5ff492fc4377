using CouncilSite.Search;

namespace CouncilSite.Sections.Councillors;

/// <summary>What the site's search finds of the councillors: each by name, role, ward, responsibilities and the text of their page.</summary>
public static class CouncillorSearch
{
    public static IEnumerable<SearchEntry> Entries(SiteModel model) =>
        model.Content.Councillors.Select(c => new SearchEntry(c.Address, c.Name, SearchKind.Councillors,
            SearchText.Lines([c.Role, c.Ward, .. c.Responsibilities, c.Content.Text]),
            Context: string.Join(", ", new[] { c.Role, c.Ward }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } placed ? placed : null));
}
