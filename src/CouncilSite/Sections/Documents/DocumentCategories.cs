using CouncilSite.Content;

namespace CouncilSite.Sections.Documents;

/// <summary>The categories the transparency rules know, with the names residents read.</summary>
public static class DocumentCategories
{
    public const string Other = "other";

    public static readonly IReadOnlyList<(string Id, string Name)> All =
    [
        ("accounting-statements", "Accounting statements"),
        ("annual-governance-statement", "Annual governance statement"),
        ("internal-audit-report", "Internal audit report"),
        ("external-audit-report", "External audit report"),
        ("notice-of-public-rights", "Notice of public rights"),
        ("asset-register", "Land and building assets"),
        ("councillor-responsibilities", "Councillors' responsibilities"),
        ("budget", "Budget"),
        ("precept", "Precept"),
        ("organisation-chart", "Organisation chart"),
        ("pay-policy", "Pay policy"),
        ("constitution", "Constitution"),
        (Other, "Other documents"),
    ];

    public static bool IsKnown(string id) => All.Any(c => c.Id == id);

    public static string NameOf(string id) => All.FirstOrDefault(c => c.Id == id).Name ?? Titles.FromSlug(id);
}
