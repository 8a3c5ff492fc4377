using static CouncilSite.Settings.SettingType;

namespace CouncilSite.Settings;

/// <summary>The settings of <c>site.yml</c>, the one file every site must have.</summary>
public static class SiteSettings
{
    public static readonly IReadOnlyList<string> Authorities = ["parish", "town", "community", "city", "district", "county", "other"];
    public static readonly IReadOnlyList<string> Regimes = ["smaller-authorities", "local-government-2015", "none"];

    private static readonly SettingGroup Clerk = new("'clerk' in site.yml",
    [
        new Setting("name", Text, "The clerk's name.") { Example = "Sarah Pennington" },
        new Setting("email", Text, "The clerk's email address.") { Example = "clerk@littlebramford-pc.gov.uk", AlsoWrittenAs = ["e-mail", "mail"] },
        new Setting("phone", Text, "The clerk's telephone number.") { Example = "01632 960412", AlsoWrittenAs = ["telephone", "tel"] },
        new Setting("address", Text, "The council's postal address, on one line.") { Example = "\"Parish Office, Village Hall, Church Lane, Little Bramford, LB1 2CD\"", AlsoWrittenAs = ["postal_address"] },
    ]);

    private static readonly SettingGroup Committee = new("a committee in site.yml",
    [
        new Setting("id", Text, "A short name for the committee, made of lower-case letters, digits and hyphens. Meeting folders are named with it: 2026-11-19-full-council.")
        {
            Required = true,
            Example = "full-council",
        },
        new Setting("name", Text, "The committee's full name, as residents see it.") { Required = true, Example = "Full Council", AlsoWrittenAs = ["title"] },
        new Setting("description", Text, "A sentence saying what the committee does, shown on its page.") { Example = "All the councillors, meeting as the council.", AlsoWrittenAs = ["summary"] },
    ]);

    private static readonly SettingGroup Accessibility = new("'accessibility' in site.yml",
    [
        new Setting("contact", Text, "Who to contact about the site's accessibility: an email address or a phone number.") { Example = "clerk@littlebramford-pc.gov.uk", Default = "the clerk's email" },
        new Setting("prepared", Date, "The date the accessibility statement was first prepared.") { Example = "2026-09-01" },
        new Setting("reviewed", Date, "The date the statement was last reviewed.") { Example = "2026-11-01" },
        new Setting("tested", Date, "The date the site was last tested for accessibility.") { Example = "2026-09-01" },
        new Setting("known_issues", TextList, "Parts of the site that are not yet fully accessible, one a line, each saying what is wrong and what the council offers instead.")
        {
            Example = "\n  - \"The plan of the Pound Lane allotment plots on the Allotments page is an image.\"",
        },
    ]);

    public static readonly FileKind Kind = new("site", "site.yml", "The council's name and the settings of the whole site, in site.yml at the top of the folder.",
        new SettingGroup("site.yml",
        [
            new Setting("name", Text, "The council's name, as it appears at the top of every page.") { Required = true, Example = "Little Bramford Parish Council", AlsoWrittenAs = ["council", "title"] },
            new Setting("url", Text, "The site's public address. Needed for sitemap.xml, feeds and links that must be full addresses.") { Example = "https://www.littlebramford-pc.gov.uk", AlsoWrittenAs = ["website", "base_url", "site_url"] },
            new Setting("language", Text, "The language of the site's pages, as a language tag: en-GB for English, cy for Welsh.") { Example = "en-GB", Default = "en-GB", AlsoWrittenAs = ["lang"] },
            new Setting("languages", TextList, "Every language of a bilingual site, the default first: the other languages' pages are under their own address (/cy/), and a translation of a page sits beside it (about.cy.md). See docs/languages.md.") { Example = "[en, cy]", AlsoWrittenAs = ["langs"], Replaces = "language" },
            new Setting("translations", OneOf, "'complete' when every page of a bilingual site is translated: a missing translation is then a warning, and an error for 'councilsite check --strict'.") { Allowed = ["complete", "partial"], Example = "partial", Default = "partial" },
            new Setting("timezone", Text, "The time zone meeting times are in.") { Example = "Europe/London", Default = "Europe/London", AlsoWrittenAs = ["time_zone"] },
            new Setting("authority", OneOf, "What kind of council this is.") { Allowed = Authorities, Example = "parish", Default = "parish", AlsoWrittenAs = ["kind", "type"] },
            new Setting("transparency", OneOf, "The transparency code the council publishes under, which decides the checklist that 'councilsite check' shows.")
            {
                Allowed = Regimes,
                Example = "smaller-authorities",
                Default = "smaller-authorities",
                AlsoWrittenAs = ["transparency_code"],
            },
            new Setting("financial_year_start", Text, "The month and day the council's financial year starts, written MM-DD.") { Example = "04-01", Default = "04-01 (1 April)" },
            new Setting("clerk", Group, "The clerk's contact details, shown in every page's footer.") { Group = Clerk },
            new Setting("committees", GroupList, "The council and its committees. Each needs an id and a name; the ids are used in meeting folder names.")
            {
                Group = Committee,
            },
            new Setting("accessibility", Group, "What the accessibility statement says: who to contact, when it was prepared and tested, and what is not yet accessible.")
            {
                Group = Accessibility,
            },
            new Setting("bank_holidays", TextList, "Extra days, written YYYY-MM-DD, that do not count as clear days before a meeting, besides Sundays and the bank holidays CouncilSite knows.")
            {
                Example = "\n  - 2031-05-09",
            },
            new Setting("privacy_reviewed", TextList, "Contact details and other values the privacy check found that the clerk has checked and means to publish (an organisation's phone number), one a line; or file:line for one place.")
            {
                Example = "\n  - 01632 960900",
            },
            new Setting("allow_images_from", TextList, "Websites, by name only (no https://), whose images pages may show. Each such image is still warned about.")
            {
                Example = "\n  - photos.littlebramford-history.org.uk",
            },
            new Setting("theme", Text, "The folder in themes/ whose files change the site's look.") { Example = "default", Default = "default" },
        ]))
    {
        YamlFiles = ["site.yml"],
    };
}
