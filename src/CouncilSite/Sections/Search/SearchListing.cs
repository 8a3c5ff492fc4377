using CouncilSite.Search;

namespace CouncilSite.Sections.Search;

/// <summary>An entry of the search as the search page's A-Z index lists it.</summary>
public sealed record SearchListing(string Address, string Title, SearchKind Kind);
