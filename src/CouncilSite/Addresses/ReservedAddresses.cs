namespace CouncilSite.Addresses;

/// <summary>
/// Top-level addresses the generator owns (including those later features will use), so a
/// clerk's page can never take one and be silently replaced, nor block a future section.
/// </summary>
public static class ReservedAddresses
{
    public static readonly IReadOnlySet<string> TopLevel = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "meetings", "committees", "decisions", "policies", "councillors", "news", "documents", "data",
        "transparency", "accessibility", "search", "api", "assets", "feeds", "cy", "en",
    };

    public static bool IsReserved(string slug) => TopLevel.Contains(slug.Split('/')[0]);
}
