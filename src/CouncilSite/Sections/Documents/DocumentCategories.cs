using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections.Documents;

/// <summary>The categories the transparency rules know, each with the string of the name residents read.</summary>
public static class DocumentCategories
{
    public const string Other = "other";

    public static readonly IReadOnlyList<(string Id, string Key)> All =
    [
        ("accounting-statements", "document_category.accounting-statements"),
        ("annual-governance-statement", "document_category.annual-governance-statement"),
        ("internal-audit-report", "document_category.internal-audit-report"),
        ("external-audit-report", "document_category.external-audit-report"),
        ("notice-of-public-rights", "document_category.notice-of-public-rights"),
        ("asset-register", "document_category.asset-register"),
        ("councillor-responsibilities", "document_category.councillor-responsibilities"),
        ("budget", "document_category.budget"),
        ("precept", "document_category.precept"),
        ("organisation-chart", "document_category.organisation-chart"),
        ("pay-policy", "document_category.pay-policy"),
        ("constitution", "document_category.constitution"),
        (Other, "document_category.other"),
    ];

    /// <summary>The category a clerk wrote, matched ignoring case as every word from a list is; null when it is none.</summary>
    public static string? Find(string written) =>
        All.Select(c => c.Id).FirstOrDefault(id => string.Equals(id, written, StringComparison.OrdinalIgnoreCase));

    /// <summary>The category's name in the site's language; the loader has made every category a known one.</summary>
    public static string NameOf(string id, Format format) => format.Text(All.First(c => c.Id == id).Key);
}
