using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Search;

/// <summary>The search page: the filters' choices, the index for the script, and the A-Z index shown without JavaScript.</summary>
/// <param name="Index">The index's first file, as a site address, which the script loads (with <paramref name="Version"/>, so no browser mixes two builds' files).</param>
/// <param name="Kinds">The kinds of result the site has, to filter by.</param>
/// <param name="Years">The years results belong to, latest first.</param>
/// <param name="Registers">The main navigation's items: the registers of meetings, decisions, news, documents and data.</param>
public sealed record SearchPageModel(
    string Index,
    string Version,
    IReadOnlyList<FilterChoice> Kinds,
    IReadOnlyList<FilterChoice> Committees,
    IReadOnlyList<FilterChoice> Years,
    IReadOnlyList<NavItem> Registers,
    IReadOnlyList<AzLetter> Letters) : PageModel
{
    public override string Layout => "layouts/search.html";
}

/// <summary>An option of a filter: the value in the page's address (<c>kind=decisions</c>) and its words.</summary>
public sealed record FilterChoice(string Value, string Label);

/// <summary>A letter of the A-Z index and the titles under it; <paramref name="Id"/> is its heading's id.</summary>
public sealed record AzLetter(string Letter, string Id, IReadOnlyList<AzItem> Items);

/// <summary>A page of the A-Z index, with the word for what it is (a policy, a dataset).</summary>
public sealed record AzItem(string Title, string Address, string Kind);
