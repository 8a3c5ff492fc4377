namespace CouncilSite.Transparency;

/// <summary>
/// The items each regime of site.yml's <c>transparency:</c> asks for, as data: the checker reads
/// these and nothing else, so a change in the law is a change here. Sources: the Transparency Code
/// for Smaller Authorities (2014), the Local Government Transparency Code 2015 and the Accounts and
/// Audit Regulations 2015 (see docs/transparency.md).
/// </summary>
public static class TransparencyRules
{
    public const string SmallerAuthorities = "smaller-authorities";
    public const string LocalGovernment2015 = "local-government-2015";
    public const string None = "none";

    private const string SmallerCode = "Transparency Code for Smaller Authorities, Part 2";
    private const string LargerCode = "Local Government Transparency Code 2015, Part 2";
    private const string AuditRegulations = "Accounts and Audit Regulations 2015, regulations 13 to 15";
    private const string AnnualCurrent = "Covers the last financial year that has ended, from 1 July after that year ends (3 months after the year end).";

    private static TransparencyRule AccountingStatements(string source) => new(
        "accounting-statements", "Accounting statements",
        "The end-of-year accounts: the accounting statements of the Annual Governance and Accountability Return (Section 2).",
        source, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["accounting-statements"]);

    private static TransparencyRule GovernanceStatement(string source) => new(
        "annual-governance-statement", "Annual governance statement",
        "The annual governance statement (Section 1 of the Annual Governance and Accountability Return).",
        source, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["annual-governance-statement"]);

    private static readonly TransparencyRule InternalAudit = new(
        "internal-audit-report", "Internal audit report",
        "The annual internal audit report, signed by the internal auditor.",
        SmallerCode, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["internal-audit-report"]);

    private static readonly TransparencyRule PublicRights = new(
        "notice-of-public-rights", "Notice of public rights",
        "The notice of the period when anyone may inspect the accounts, with the accounts, published before that period starts.",
        AuditRegulations, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["notice-of-public-rights"]);

    private static TransparencyRule LandAndBuildings(string source, string id) => new(
        id, "Land and building assets",
        "Details of all land and building assets: description, location, owner or custodian, date and cost of acquisition, present use.",
        source, RuleCheck.Published, true, "Covers the last financial year that has ended, from 1 July after that year ends.",
        DocumentCategories: ["asset-register"], DatasetSchemas: ["assets"]);

    public static readonly TransparencyRegime SmallerAuthoritiesCode = new(
        SmallerAuthorities,
        "Transparency Code for Smaller Authorities",
        "https://www.gov.uk/government/publications/transparency-code-for-smaller-authorities",
        [
            new("spending-over-100", "Spending over £100",
                "Every item of expenditure over £100: the date, a summary of its purpose, the amount and any VAT that cannot be recovered.",
                SmallerCode, RuleCheck.Published, true,
                "Spend data (schema: spend) whose periods together cover the whole of the last financial year that has ended, from 1 July after that year ends.",
                DatasetSchemas: ["spend"]),
            AccountingStatements(SmallerCode),
            GovernanceStatement(SmallerCode),
            InternalAudit,
            new("councillor-responsibilities", "Councillor responsibilities",
                "A list of councillors' responsibilities: each member's name, committees, offices held and representation on outside bodies.",
                SmallerCode, RuleCheck.CouncillorResponsibilities, true,
                "Councillors' pages that give a role or responsibilities (always current), or a document for this financial year once its annual meeting is past (from 1 June).",
                DocumentCategories: ["councillor-responsibilities"], DueMonths: -10),
            LandAndBuildings(SmallerCode, "land-and-buildings"),
            new("agendas", "Agendas and meeting papers",
                "Agendas and papers of formal meetings, published at least three clear days before each meeting.",
                "Transparency Code for Smaller Authorities, Part 2 (minutes, agendas and papers)", RuleCheck.Agendas, true,
                "Every meeting of the last twelve months, and any meeting in the next three days, has its agenda on the site."),
            new("draft-minutes", "Draft minutes",
                "Draft minutes of formal meetings, published within one month of each meeting.",
                "Transparency Code for Smaller Authorities, Part 2 (minutes, agendas and papers)", RuleCheck.DraftMinutes, true,
                "Every meeting of the last twelve months held more than a month ago has minutes (draft or approved) on the site."),
            PublicRights,
        ]);

    public static readonly TransparencyRegime LocalGovernmentCode = new(
        LocalGovernment2015,
        "Local Government Transparency Code 2015",
        "https://www.gov.uk/government/publications/local-government-transparency-code-2015",
        [
            new("spending-over-500", "Spending over £500",
                "Each payment over £500: date, department, beneficiary, summary of purpose, amount and irrecoverable VAT, published quarterly.",
                LargerCode, RuleCheck.Published, true,
                "Spend data covering the latest quarter that ended more than a month ago.", DatasetSchemas: ["spend"], Quarterly: true, DueMonths: 1),
            new("procurement-card", "Procurement card transactions",
                "Every procurement card payment, with its merchant category, published quarterly.",
                LargerCode, RuleCheck.Published, false,
                "Spend data with a Merchant Category column covering the latest quarter that ended more than a month ago. Only for councils that use a procurement card.",
                DatasetSchemas: ["spend"], Quarterly: true, DueMonths: 1, RequiredColumn: "Merchant Category"),
            new("invitations-to-tender", "Invitations to tender over £5,000",
                "Every invitation to tender for a contract worth more than £5,000, published quarterly.",
                LargerCode, RuleCheck.NotChecked, false,
                "CouncilSite cannot tell from the site folder whether the council has invited tenders; publish them as documents or data when it has."),
            new("contracts-over-5000", "Contracts over £5,000",
                "Every contract, commissioned activity, purchase order or framework agreement worth more than £5,000, published quarterly.",
                LargerCode, RuleCheck.Published, true,
                "Contracts data (schema: contracts) covering the latest quarter that ended more than a month ago.",
                DatasetSchemas: ["contracts"], Quarterly: true, DueMonths: 1),
            LandAndBuildings(LargerCode, "land-assets"),
            new("grants", "Grants to voluntary, community and social enterprise organisations",
                "Every grant to a voluntary, community or social enterprise organisation: date, beneficiary, purpose and amount, published annually.",
                LargerCode, RuleCheck.Published, false,
                "Grants data (schema: grants) covering the last financial year that has ended. Only for councils that make such grants.",
                DatasetSchemas: ["grants"]),
            new("organisation-chart", "Organisation chart",
                "An organisation chart of the top three levels of staff, published annually.",
                LargerCode, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["organisation-chart"]),
            new("senior-salaries", "Senior salaries and pay multiple",
                "Salaries of staff paid £50,000 or more, and the ratio of the highest salary to the median, published annually.",
                LargerCode, RuleCheck.Published, true, AnnualCurrent + " A pay policy document (category pay-policy) is taken to hold them.",
                DocumentCategories: ["pay-policy"]),
            new("constitution", "Constitution",
                "The council's constitution, published annually.",
                LargerCode, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["constitution"]),
            new("trade-union-facility-time", "Trade union facility time",
                "The number of staff who are trade union representatives and the time they spend on union duties, published annually.",
                LargerCode, RuleCheck.NotChecked, false,
                "CouncilSite cannot tell this from the site folder; most parish and town councils have no union representatives to report."),
            new("parking", "Parking account and parking spaces",
                "The parking account and the number of parking spaces the council controls, published annually.",
                LargerCode, RuleCheck.NotChecked, false,
                "Only for councils that run car parks or on-street parking; CouncilSite cannot tell this from the site folder."),
            new("fraud", "Fraud",
                "Counter-fraud work: the number of investigations, staff and the cost, published annually.",
                LargerCode, RuleCheck.NotChecked, false,
                "CouncilSite cannot tell this from the site folder."),
            AccountingStatements(AuditRegulations),
            GovernanceStatement(AuditRegulations),
            PublicRights,
        ]);

    /// <summary>The regime of site.yml's <c>transparency:</c>, or null for <c>none</c>.</summary>
    public static TransparencyRegime? For(string regime) => regime switch
    {
        SmallerAuthorities => SmallerAuthoritiesCode,
        LocalGovernment2015 => LocalGovernmentCode,
        _ => null,
    };
}
