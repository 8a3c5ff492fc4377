namespace CouncilSite.Starter;

/// <summary>
/// The new site's two pages: the home page's introduction and "About the council". Everything
/// they say is true of the council as soon as they are written; what only the clerk knows is asked
/// for in notes in the front matter, which are never published.
/// </summary>
public static class StarterPages
{
    public const string Home = "pages/index.md";
    public const string About = "pages/about.md";

    public static string HomeText(StarterCouncil council) => $"""
        ---
        # This text is the introduction on the home page, above the next meetings and the latest news.
        # Lines starting with # between the two --- lines are notes for you, never published.
        # Add a few sentences about the area the council serves and what it is doing this year.
        ---
        Welcome to the website of {MarkdownText.Plain(council.Name)}.

        The council's meetings are open to the public. The dates, agendas and minutes of its
        meetings are on the [meetings page](/meetings/).

        """;

    public static string AboutText(StarterCouncil council) => $"""
        ---
        title: About the council
        # 'nav: true' lists this page in the menu at the top of every page.
        nav: true
        # Lines starting with # are notes for you, never published. Residents often ask:
        # which area the council covers, what it does (and what the district, county or
        # unitary council does instead), how to come to a meeting and speak at it, and how to
        # stand as a councillor. Link to a page of the site by its address: [meetings](/meetings/).
        ---
        {MarkdownText.Plain(council.Name)} {What(council)}

        The council's clerk is {MarkdownText.Plain(council.Clerk.Name ?? "")}. The clerk's contact details are at the foot of
        every page.

        The council's meetings, with their agendas and minutes, are on the
        [meetings page](/meetings/).

        """;

    private static string What(StarterCouncil council) => council.Nation switch
    {
        Nation.Scotland => "is a community council in Scotland. Community councils represent the views of their community to the local authority and other public bodies.",
        _ => $"is a {council.Kind.ToString().ToLowerInvariant()} council in {council.Nation}: the level of local government closest to residents.",
    };
}
