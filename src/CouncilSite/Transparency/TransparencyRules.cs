namespace CouncilSite.Transparency;

/// <summary>
/// The items each regime of site.yml's <c>transparency:</c> asks for, as data: the checker reads
/// these and nothing else, so a change in the law is a change here (and in the words of the items,
/// the strings <c>transparency_rule</c>, <c>transparency_current</c> and <c>transparency_source</c>).
/// Sources: the Transparency Code for Smaller Authorities (2014), the Local Government Transparency
/// Code 2015 and the Accounts and Audit Regulations 2015 (see docs/transparency.md).
/// </summary>
public static class TransparencyRules
{
    public const string SmallerAuthorities = "smaller-authorities";
    public const string LocalGovernment2015 = "local-government-2015";
    public const string None = "none";

    private static readonly RuleSource SmallerCode = new("smaller_code");
    private static readonly RuleSource SmallerCodeMeetings = new("smaller_code_meetings");
    private static readonly RuleSource LargerCode = new("larger_code");

    /// <summary>Regulations made for England in English only, so their title has no official translation.</summary>
    private static readonly RuleSource AuditRegulations = new("audit_regulations", "Accounts and Audit Regulations 2015");

    /// <summary>Covers the last financial year that has ended, from 3 months after it ends.</summary>
    private const string AnnualCurrent = "annual";

    private static TransparencyRule AccountingStatements(RuleSource source) => new(
        "accounting-statements", source, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["accounting-statements"]);

    private static TransparencyRule GovernanceStatement(RuleSource source) => new(
        "annual-governance-statement", source, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["annual-governance-statement"]);

    private static readonly TransparencyRule InternalAudit = new(
        "internal-audit-report", SmallerCode, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["internal-audit-report"]);

    private static readonly TransparencyRule PublicRights = new(
        "notice-of-public-rights", AuditRegulations, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["notice-of-public-rights"]);

    private static TransparencyRule LandAndBuildings(RuleSource source, string id) => new(
        id, source, RuleCheck.Published, true, "land",
        DocumentCategories: ["asset-register"], DatasetSchemas: ["assets"], Words: "land-and-buildings");

    public static readonly TransparencyRegime SmallerAuthoritiesCode = new(
        SmallerAuthorities,
        "https://www.gov.uk/government/publications/transparency-code-for-smaller-authorities",
        [
            new("spending-over-100", SmallerCode, RuleCheck.Published, true, "spending-over-100", DatasetSchemas: ["spend"]),
            AccountingStatements(SmallerCode),
            GovernanceStatement(SmallerCode),
            InternalAudit,
            new("councillor-responsibilities", SmallerCode, RuleCheck.CouncillorResponsibilities, true, "councillor-responsibilities",
                DocumentCategories: ["councillor-responsibilities"], DueMonths: -10),
            LandAndBuildings(SmallerCode, "land-and-buildings"),
            new("agendas", SmallerCodeMeetings, RuleCheck.Agendas, true, "agendas"),
            new("draft-minutes", SmallerCodeMeetings, RuleCheck.DraftMinutes, true, "draft-minutes"),
            PublicRights,
        ]);

    public static readonly TransparencyRegime LocalGovernmentCode = new(
        LocalGovernment2015,
        "https://www.gov.uk/government/publications/local-government-transparency-code-2015",
        [
            new("spending-over-500", LargerCode, RuleCheck.Published, true, "spending-over-500", DatasetSchemas: ["spend"], Quarterly: true, DueMonths: 1),
            new("procurement-card", LargerCode, RuleCheck.Published, false, "procurement-card",
                DatasetSchemas: ["spend"], Quarterly: true, DueMonths: 1, RequiredColumn: "Merchant Category"),
            new("invitations-to-tender", LargerCode, RuleCheck.NotChecked, false, "invitations-to-tender"),
            new("contracts-over-5000", LargerCode, RuleCheck.Published, true, "contracts-over-5000",
                DatasetSchemas: ["contracts"], Quarterly: true, DueMonths: 1),
            LandAndBuildings(LargerCode, "land-assets"),
            new("grants", LargerCode, RuleCheck.Published, false, "grants", DatasetSchemas: ["grants"]),
            new("organisation-chart", LargerCode, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["organisation-chart"]),
            new("senior-salaries", LargerCode, RuleCheck.Published, true, "senior-salaries", DocumentCategories: ["pay-policy"]),
            new("constitution", LargerCode, RuleCheck.Published, true, AnnualCurrent, DocumentCategories: ["constitution"]),
            new("trade-union-facility-time", LargerCode, RuleCheck.NotChecked, false, "trade-union-facility-time"),
            new("parking", LargerCode, RuleCheck.NotChecked, false, "parking"),
            new("fraud", LargerCode, RuleCheck.NotChecked, false, "fraud"),
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
