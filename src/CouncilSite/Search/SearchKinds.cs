namespace CouncilSite.Search;

public static class SearchKinds
{
    /// <summary>A kind as the page's filter, the page's address (<c>?kind=decisions</c>) and the strings (<c>search.kind.decisions</c>) name it.</summary>
    public static string Name(SearchKind kind) => kind.ToString().ToLowerInvariant();
}
