using CouncilSite.Sections.Documents;
using static CouncilSite.Settings.SettingType;

namespace CouncilSite.Settings;

/// <summary>The settings of pages, policies, councillors, news, documents and data.</summary>
public static class ContentSettings
{
    public static readonly IReadOnlyList<string> DatasetSchemas = ["spend", "contracts", "assets", "grants", "custom"];

    public static readonly FileKind Page = new("page", "Pages", "The front matter of a page in pages/ (pages/about.md). pages/index.md is the home page's introduction.",
        new SettingGroup("a page",
        [
            new Setting("title", Text, "The page's heading.") { Example = "About the council", Default = "the '# Heading' the text starts with, else the file name" },
            new Setting("description", Text, "One sentence saying what the page is about, for search engines.") { Example = "Who the parish council is, what it is responsible for, how it is funded and how it makes decisions.", AlsoWrittenAs = ["summary"] },
            new Setting("nav", TrueFalse, "true to list the page in the main navigation.") { Example = "true", Default = "false", AlsoWrittenAs = ["menu", "navigation", "in_menu"] },
            new Setting("order", WholeNumber, "The page's place in the navigation, smaller first.") { Example = "1", Default = "100", AlsoWrittenAs = ["weight", "position"] },
        ]))
    {
        MarkdownFiles = ["pages/**/*.md"],
    };

    public static readonly FileKind Policy = new("policy", "Policies", "The front matter of a policy written in Markdown (policies/standing-orders.md), or the .yml description beside a policy in another format (policies/grievance-policy.yml beside grievance-policy.pdf).",
        new SettingGroup("a policy",
        [
            new Setting("title", Text, "The policy's name.") { Example = "Code of Conduct for Councillors", Default = "the '# Heading' the text starts with, else the file name" },
            new Setting("adopted", Date, "The date the council adopted the policy.") { Example = "2022-05-19", AlsoWrittenAs = ["adoption_date", "date"] },
            new Setting("review", Date, "The date the policy is next due for review. After it, the policy is shown as overdue for review and the build warns.")
            {
                Example = "2027-05-13",
                AlsoWrittenAs = ["review_date", "next_review", "review_by", "due"],
            },
            new Setting("version", Text, "The policy's version; put it in quotes so 1.10 stays 1.10.") { Example = "\"1.1\"" },
            new Setting("committee", Text, "The id (from site.yml) of the committee responsible for the policy.") { Example = "full-council", AlsoWrittenAs = ["owner"] },
            new Setting("summary", Text, "One or two sentences saying what the policy is for, shown on its page.")
            {
                Example = "The standards of behaviour expected of every councillor.",
                AlsoWrittenAs = ["description"],
            },
        ]))
    {
        YamlFiles = ["policies/*.yml"],
        MarkdownFiles = ["policies/*.md"],
    };

    public static readonly FileKind Councillor = new("councillor", "Councillors", "The front matter of a councillor's file (councillors/margaret-ellison.md), whose text is a short biography.",
        new SettingGroup("a councillor",
        [
            new Setting("name", Text, "The councillor's name.") { Required = true, Example = "Margaret Ellison", Default = "the '# Heading' the text starts with" },
            new Setting("role", Text, "Their role on the council; Chair and Vice-Chair are listed first.") { Example = "Chair", AlsoWrittenAs = ["position", "title"] },
            new Setting("ward", Text, "The ward they represent.") { Example = "Village ward" },
            new Setting("email", Text, "Their council email address.") { Example = "cllr.ellison@littlebramford-pc.gov.uk", AlsoWrittenAs = ["e-mail", "mail"] },
            new Setting("phone", Text, "Their telephone number.") { Example = "01632 960418", AlsoWrittenAs = ["telephone", "tel", "mobile"] },
            new Setting("term_ends", Date, "The date their term of office ends.") { Example = "2027-05-06", AlsoWrittenAs = ["term", "term_end", "until"] },
            new Setting("responsibilities", TextList, "What they are responsible for, one a line.") { Example = "\n  - Chair of the Council\n  - Member of the Planning Committee" },
            new Setting("interests", TextList, "Their register of interests: a list, one interest a line, or the name of a file (a PDF) beside the councillor's file.")
            {
                Example = "\n  - \"Employment: retired primary school teacher\"",
                AlsoWrittenAs = ["register_of_interests"],
            },
            new Setting("photo", Text, "A photo: a file beside the councillor's file, or in static/ written from the site root. It needs photo_alt.")
            {
                Example = "/images/councillors/margaret-ellison.svg",
                AlsoWrittenAs = ["image", "picture"],
            },
            new Setting("photo_alt", Text, "A description of the photo for people who cannot see it.") { Example = "\"Councillor Margaret Ellison\"", AlsoWrittenAs = ["alt", "image_alt"] },
        ]))
    {
        MarkdownFiles = ["councillors/*.md"],
    };

    public static readonly FileKind News = new("news", "News", "The front matter of a news item (news/2026-02-16-road-closure-the-street.md); its date is in its file name.",
        new SettingGroup("a news item",
        [
            new Setting("title", Text, "The item's headline.") { Example = "New noticeboard on The Green", Default = "the '# Heading' the text starts with, else the file name" },
            new Setting("summary", Text, "A sentence shown in lists of news.") { Example = "The old parish noticeboard outside the kiosk on The Green has been replaced with a new oak board.", Default = "the first paragraph", AlsoWrittenAs = ["description"] },
            new Setting("expires", Date, "After this date the item leaves the home page and is marked no longer current; its page stays.") { Example = "2026-03-21", AlsoWrittenAs = ["until", "expiry", "ends"] },
        ]))
    {
        MarkdownFiles = ["news/*.md"],
    };

    public static readonly FileKind Document = new("document", "Documents", "The .yml description beside each file in documents/ (documents/budget-2026-27.yml beside budget-2026-27.pdf), a document written in Markdown included.",
        new SettingGroup("a document",
        [
            new Setting("title", Text, "The document's title.") { Example = "Annual Governance Statement 2024/25 (AGAR Section 1)", Default = "for a Markdown document, its '# Heading'; else the file name" },
            new Setting("date", Date, "The document's date.") { Example = "2025-06-12", AlsoWrittenAs = ["published"] },
            new Setting("category", OneOf, "What the document is, so the transparency checklist finds it; the documents page groups them in this order.")
            {
                Allowed = DocumentCategories.All.Select(c => c.Id).ToList(),
                Example = "annual-governance-statement",
                Default = "other",
                AlsoWrittenAs = ["type", "kind"],
            },
            new Setting("financial_year", Text, "The financial year the document covers, written like 2024-25.") { Example = "2024-25", AlsoWrittenAs = ["year"] },
            new Setting("summary", Text, "A sentence about the document.") { Example = "Approved by the council on 12 June 2025.", AlsoWrittenAs = ["description"] },
        ]))
    {
        YamlFiles = ["documents/*.yml"],
    };

    /// <summary>A document written in Markdown takes its settings from its .yml description, so its front matter has none.</summary>
    public static readonly FileKind DocumentPage = new("document-page", "Documents written in Markdown", "The front matter of a document written in Markdown (documents/internal-audit-report-2025-26.md). Its settings belong in the .yml description beside it, so it has none of its own.",
        new SettingGroup("a document written in Markdown (its settings go in the .yml file beside it)", []))
    {
        MarkdownFiles = ["documents/*.md"],
    };

    private static readonly SettingGroup Period = new("'period' in a dataset's description",
    [
        new Setting("start", Date, "The first day the data covers.") { Example = "2025-04-01", AlsoWrittenAs = ["from"] },
        new Setting("end", Date, "The last day the data covers.") { Example = "2026-03-31", AlsoWrittenAs = ["to", "until"] },
    ]);

    private static readonly SettingGroup Column = new("a column in a dataset's description",
    [
        new Setting("title", Text, "The column's heading as residents read it.") { Example = "Date of payment", AlsoWrittenAs = ["name", "label"] },
        new Setting("type", Text, "What the column holds: string, number, money or date. Without it, the type is worked out from the values.") { Example = "date" },
        new Setting("description", Text, "What the column means.") { Example = "The date the payment was made.", AlsoWrittenAs = ["summary"] },
    ]);

    public static readonly FileKind Dataset = new("dataset", "Data", "The .yml description beside each file in data/ (data/spending-2025-26.yml beside spending-2025-26.csv).",
        new SettingGroup("a dataset",
        [
            new Setting("title", Text, "The dataset's title.") { Example = "Payments over £100, 2025-26", Default = "the file name" },
            new Setting("description", Text, "What the data is and how it was made.") { Example = "Every payment of more than £100 made by the council.", AlsoWrittenAs = ["summary"] },
            new Setting("licence", Text, "The licence the data is published under, by its short name.") { Example = "OGL-UK-3.0", Default = "OGL-UK-3.0 (the Open Government Licence v3.0)", AlsoWrittenAs = ["license"] },
            new Setting("publisher", Text, "Who publishes the data.") { Example = "Little Bramford Parish Council", Default = "the council's name" },
            new Setting("period", Group, "The first and last days the data covers.") { Group = Period },
            new Setting("schema", OneOf, "What kind of data it is: spend, contracts, assets and grants are checked and shown as the transparency code expects.")
            {
                Allowed = DatasetSchemas,
                Example = "spend",
                Default = "custom",
                AlsoWrittenAs = ["kind", "type"],
            },
            new Setting("updated", Date, "The date the data was last updated.") { Example = "2026-04-30", AlsoWrittenAs = ["modified", "last_updated"] },
            new Setting("columns", NamedGroups, "The columns of the file, each by its heading in the file, with a title, type and description.")
            {
                Group = Column,
                Example = "Date",
            },
        ]))
    {
        YamlFiles = ["data/*.yml"],
    };
}
