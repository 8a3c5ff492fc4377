using CouncilSite.Site;

namespace CouncilSite.Outputs.Html;

/// <summary>What every page's layout knows of the council (the template's <c>site</c>).</summary>
/// <param name="Search">
/// The address of the site's search page when it has one, else null: every page's header offers the
/// search form only then, so a site built without search never links to a page that is not there.
/// </param>
public sealed record SiteView(
    string Name,
    string Language,
    string? Url,
    Clerk? Clerk,
    IReadOnlyList<NavItem> Nav,
    IReadOnlyDictionary<string, object?> Extra,
    string? Search)
{
    /// <summary>Where the site's search page is made, and where every page's header sends its query; reserved from clerks' pages.</summary>
    public const string SearchAddress = "/search/";

    /// <summary>The search page's address when one of <paramref name="pages"/> is at it.</summary>
    public static string? SearchOf(IEnumerable<HtmlPage> pages) =>
        pages.Any(p => p.Address == SearchAddress) ? SearchAddress : null;
}

/// <summary>An item of the main navigation.</summary>
/// <param name="Section">Matched against the page's section to mark the current item.</param>
public sealed record NavItem(string Title, string Address, string Section);
