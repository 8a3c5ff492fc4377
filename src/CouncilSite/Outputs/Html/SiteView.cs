using CouncilSite.Site;

namespace CouncilSite.Outputs.Html;

/// <summary>What every page's layout knows of the council (the template's <c>site</c>).</summary>
public sealed record SiteView(
    string Name,
    string Language,
    string? Url,
    Clerk? Clerk,
    IReadOnlyList<NavItem> Nav,
    IReadOnlyDictionary<string, object?> Extra);

/// <summary>An item of the main navigation.</summary>
/// <param name="Section">Matched against the page's section to mark the current item.</param>
public sealed record NavItem(string Title, string Address, string Section);
