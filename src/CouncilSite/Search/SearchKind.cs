namespace CouncilSite.Search;

/// <summary>What a search result is, by which residents filter the results (each has a word in the theme's strings, <c>search.kind.&lt;name&gt;</c>).</summary>
public enum SearchKind
{
    /// <summary>A meeting's page and its agenda.</summary>
    Meetings,

    /// <summary>A meeting's minutes.</summary>
    Minutes,

    /// <summary>A resolution of the decisions register, found at its place in the minutes.</summary>
    Decisions,

    Policies,

    News,

    /// <summary>The council's documents and a meeting's papers, PDFs included.</summary>
    Documents,

    /// <summary>Open data: datasets, their columns, and the suppliers in spending data.</summary>
    Data,

    Councillors,

    /// <summary>The clerk's other pages and the site's own (transparency, accessibility).</summary>
    Pages,
}
