using CouncilSite.Settings;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Settings;

/// <summary>A site whose files write every setting of the schema, each with its example (<see cref="SettingsExample"/>).</summary>
public static class SchemaFixture
{
    /// <summary>Where each kind of file goes in the fixture site; a front-matter kind is written as a Markdown file.</summary>
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["site"] = "site.yml",
        ["meeting"] = "meetings/2026-11-19-full-council/meeting.yml",
        ["agenda"] = "meetings/2026-11-19-full-council/agenda.md",
        ["minutes"] = "meetings/2026-11-19-full-council/minutes.md",
        ["paper"] = "meetings/2026-11-19-full-council/clerks-report.md",
        ["page"] = "pages/about.md",
        ["policy"] = "policies/standing-orders.md",
        ["councillor"] = "councillors/margaret-ellison.md",
        ["news"] = "news/2026-11-02-new-noticeboard.md",
        ["document"] = "documents/budget-2026-27.yml",
        ["document-page"] = "documents/internal-audit-report.md",
        ["dataset"] = "data/spending-2025-26.yml",
    };

    /// <summary>The fixture site's files: one of each kind with every setting, and the files they describe or name.</summary>
    public static IEnumerable<(string Path, string Text)> Files()
    {
        foreach (var kind in SettingsSchema.All)
        {
            var path = Paths[kind.Id];
            var yaml = SettingsExample.Yaml(kind.Settings);
            yield return path.EndsWith(".md", StringComparison.Ordinal) ? (path, $"---\n{yaml}---\nThe text.\n") : (path, yaml);
        }

        yield return ("meetings/2026-11-19-full-council/payments-2026-11.yml", "title: Payments for approval, November 2026\n");
        yield return ("meetings/2026-11-19-full-council/payments-2026-11.csv", "Date,Supplier,Amount\n01/11/2026,EDF Energy,318.90\n");
        yield return ("policies/grievance-policy.yml", SettingsExample.Yaml(ContentSettings.Policy.Settings).Replace("Code of Conduct for Councillors", "Grievance Policy"));
        yield return ("policies/grievance-policy.pdf", PdfFiles.Paper);
        yield return ("documents/budget-2026-27.pdf", PdfFiles.Paper);
        yield return ("documents/internal-audit-report.yml", "title: Internal audit report 2025-26\ncategory: internal-audit-report\nfinancial_year: 2025-26\n");
        yield return ("data/spending-2025-26.csv", "Date,Supplier,Description,Amount,VAT,Reference\n08/04/2025,EDF Energy,Street lighting,318.90,63.78,PV25-001\n");
        yield return ("static/images/councillors/margaret-ellison.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }
}
