using CouncilSite.Sections.Councillors;
using CouncilSite.Sections.News;
using CouncilSite.Sections.Policies;

namespace CouncilSite.Starter;

/// <summary>
/// <c>councilsite new policy</c>, <c>new news</c> and <c>new councillor</c>: one Markdown file each,
/// named from its title, with every setting the kind takes shown in a note for the clerk.
/// </summary>
public static class NewPages
{
    private const string Notes = """
        # Lines starting with # are notes for you, never published. To use a setting, remove the #
        # in front of it and write your own value.
        """;

    public static StarterResult Policy(StarterSite site, string title)
    {
        var name = StarterAnswers.Name(title, "policy's title", "Standing Orders");
        if (!name.Ok || StarterAnswers.Slug(name.Value) is not { } slug)
        {
            return StarterResult.Refused(name.Problem ?? NoLetters(title));
        }

        var text = $"""
            ---
            title: {YamlText.Scalar(name.Value)}
            {Notes}
            # Every setting of a policy is in docs/content-format.md, under "Policies".
            # adopted: 2026-05-14        the day the council adopted it
            # review: 2027-05-13         when it is next due for review: after it the site says "Review overdue"
            # version: "1.0"
            # committee: full-council    the committee responsible, by its id in site.yml
            # summary: One or two sentences saying what the policy is for.
            # Write or paste the policy below the --- line. Until there is text there, the build
            # warns that the page would be empty.
            ---

            """;
        return Write(site, $"policies/{slug}.md", text, PolicyRoutes.Policy(slug));
    }

    public static StarterResult News(StarterSite site, string title, DateOnly date)
    {
        var name = StarterAnswers.Name(title, "news item's title", "Road closure on The Street");
        if (!name.Ok || StarterAnswers.Slug(name.Value) is not { } words)
        {
            return StarterResult.Refused(name.Problem ?? NoLetters(title));
        }

        var slug = $"{date:yyyy-MM-dd}-{words}";
        var text = $"""
            ---
            title: {YamlText.Scalar(name.Value)}
            {Notes}
            # Every setting of a news item is in docs/content-format.md, under "News". The date in
            # the file's name is the day it is published.
            # summary: One sentence for the lists of news; without it, the first paragraph is used.
            # expires: {date.AddMonths(1):yyyy-MM-dd}        after this day the item leaves the home page
            # Write the news below the --- line. Until there is text there, the build warns that
            # the page would be empty.
            ---

            """;
        return Write(site, $"news/{slug}.md", text, NewsRoutes.Item(slug));
    }

    public static StarterResult Councillor(StarterSite site, string fullName)
    {
        var name = StarterAnswers.Name(fullName, "councillor's name", "Jane Smith");
        if (!name.Ok || StarterAnswers.Slug(name.Value) is not { } slug)
        {
            return StarterResult.Refused(name.Problem ?? NoLetters(fullName));
        }

        var committee = site.Config.Committees.Count > 0 ? site.Config.Committees[^1].Name : "Planning Committee";
        var text = $"""
            ---
            name: {YamlText.Scalar(name.Value)}
            {Notes}
            # Every setting of a councillor is in docs/content-format.md, under "Councillors".
            # role: Chair                  Chair and Vice-Chair are listed first
            # ward: Village ward
            # email: cllr.{slug}@example.org.uk
            # phone: 01632 960000
            # term_ends: 2027-05-06
            # responsibilities:            offices, committees and outside bodies, one a line
            #   - Member of the {committee}
            # interests:                   the register of interests: one a line, or the name of a
            #   - "Employment: ..."        PDF file beside this one (interests: {slug}-interests.pdf)
            # photo: {slug}.jpg            a photo beside this file, with a description of it:
            # photo_alt: "Councillor {name.Value}"
            # Below the --- line, a short biography if the councillor wants one.
            ---

            """;
        return Write(site, $"councillors/{slug}.md", text, CouncillorRoutes.Councillor(slug));
    }

    private static StarterResult Write(StarterSite site, string path, string text, string route) =>
        StarterFiles.Write(site.Root, [(path, text)], site.AddressOf(route));

    private static string NoLetters(string typed) =>
        $"'{typed}' has no letter a file name can use (a to z, or 0 to 9) to name the file after: give it with a word or number in them, e.g. \"{typed} 2026\" or \"Standing Orders\", then change the title in the file (its title: or name: line) to the one you want; the file keeps its name.";
}
