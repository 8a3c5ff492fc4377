using System.Text;

namespace CouncilSite.Starter;

/// <summary>The new site's site.yml, every setting explained for the clerk in a comment above it.</summary>
public static class SiteYmlText
{
    public static string For(StarterCouncil council, DateOnly today)
    {
        var regime = CouncilRegime.For(council.Kind, council.Nation);
        var clerk = council.Clerk;
        var text = new StringBuilder();
        Notes(text,
            $"site.yml: the settings of {council.Name}'s website.",
            "Lines starting with # are notes for you: CouncilSite ignores them and never publishes them.",
            "Every setting is explained in docs/content-format.md, under \"site.yml\".",
            "",
            "What to do next, in a terminal in this folder:",
            "  councilsite new meeting . --committee full-council --date YYYY-MM-DD   a meeting and its agenda",
            "  councilsite new councillor . --name \"...\"    a page for each councillor",
            "  councilsite new policy . --title \"...\"       a policy, such as the Standing Orders",
            "  councilsite new news . --title \"...\"         a news item or public notice",
            "  councilsite serve .      shows the site at http://127.0.0.1:8080/ as you edit",
            "  councilsite build .      makes the website in the folder _site, ready to publish",
            "  councilsite check .      lists what the transparency code asks for that is missing");
        text.Append('\n');
        Setting(text, "name", council.Name, "The council's full name, at the top of every page.");
        if (council.Url is { } url)
        {
            Setting(text, "url", url, "The website's public address: needed for the sitemap and for links shared elsewhere.");
        }
        else
        {
            Notes(text, "The website's public address, once it has one (remove the # in front):", "url: https://www.example-pc.gov.uk");
            text.Append('\n');
        }

        Setting(text, "language", "en-GB", "The language the pages are written in: en-GB for English, cy for Welsh.");
        Setting(text, "timezone", "Europe/London", "Meeting times are in this time zone.");
        Setting(text, "authority", regime.Authority, "The kind of council: parish, town, community or city.");
        Setting(text, "transparency", regime.Transparency, [.. regime.Why]);
        Setting(text, "financial_year_start", "04-01", "The day the council's financial year starts, as MM-DD: 04-01 is 1 April.");

        Notes(text,
            "The clerk's details are at the foot of every page and in the accessibility statement.",
            "To keep one of them off the website, put a # in front of its line.");
        text.Append("clerk:\n");
        Field(text, "name", clerk.Name);
        Field(text, "email", clerk.Email);
        Field(text, "phone", clerk.Phone);
        Field(text, "address", clerk.Address);
        text.Append('\n');

        Notes(text,
            "The council and its committees. Each meeting's folder is named with its date and the",
            $"committee's id, e.g. meetings/{today:yyyy-MM-dd}-{council.Committees[0].Id}. To add a committee, add",
            "two lines like these; an id is lower-case letters, digits and hyphens, and is part of the",
            "committee's web address, so do not change it once the site is published.");
        text.Append("committees:\n");
        foreach (var committee in council.Committees)
        {
            text.Append($"  - id: {YamlText.Scalar(committee.Id)}\n    name: {YamlText.Scalar(committee.Name)}\n");
        }

        text.Append('\n');
        Notes(text,
            "The accessibility statement, at /accessibility/, is written for you from these settings.",
            "'prepared' is the day it was first prepared; add 'reviewed: YYYY-MM-DD' each time you check it,",
            "and list any part of the site that is not accessible yet under 'known_issues:', for example:",
            "  known_issues:",
            "    - \"The map of the allotments is an image without a full description.\"");
        text.Append("accessibility:\n");
        Field(text, "contact", clerk.Email);
        text.Append($"  prepared: {today:yyyy-MM-dd}\n");
        return text.ToString();
    }

    private static void Setting(StringBuilder text, string key, string value, params string[] notes)
    {
        Notes(text, notes);
        text.Append($"{key}: {YamlText.Scalar(value)}\n\n");
    }

    private static void Field(StringBuilder text, string key, string? value)
    {
        if (value is not null)
        {
            text.Append($"  {key}: {YamlText.Scalar(value)}\n");
        }
    }

    private static void Notes(StringBuilder text, params string[] lines)
    {
        foreach (var line in lines)
        {
            text.Append(line.Length == 0 ? "#\n" : $"# {line}\n");
        }
    }
}
