using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Home;
using CouncilSite.Sections.Meetings;

namespace CouncilSite.Sections.Policies;

/// <summary>A policy as the templates show it (the template's <c>policy</c>).</summary>
/// <param name="Overdue">True when the next review date has passed: shown as "Review overdue".</param>
public sealed record PolicyView(
    string Title,
    string Address,
    string? AdoptedText,
    string? ReviewText,
    bool Overdue,
    string? Version,
    string? CommitteeName,
    string? CommitteeAddress,
    string? Summary,
    FileLink? File);

/// <summary>A file to download, with its type and size.</summary>
public sealed record FileLink(string Address, string Kind, string Size);

/// <summary>The policy register and a page a policy.</summary>
public static class PolicyPages
{
    private static Crumb Index(Format format) => new(format.Text("policies.title"), PolicyRoutes.Index);

    public static IEnumerable<HtmlPage> Pages(SiteModel model)
    {
        var content = model.Content;
        var views = content.Policies.Select(p => View(p, content.Today, model.Format)).ToList();
        yield return new HtmlPage(PolicyRoutes.Index, model.Format.Text("policies.title"), "policies", [HomePage.Crumb(model.Format)],
            new PoliciesPageModel(views),
            Description: model.Format.Text("policies.description", ("council", content.Config.Name)));

        for (var i = 0; i < views.Count; i++)
        {
            yield return new HtmlPage(views[i].Address, views[i].Title, "policies", [HomePage.Crumb(model.Format), Index(model.Format)],
                new PolicyPageModel(views[i], content.Policies[i].Extra),
                content.Policies[i].Content, views[i].Summary, Sources: [content.Policies[i].SourceFile]);
        }
    }

    private static PolicyView View(Policy policy, DateOnly today, Format format) => new(
        policy.Title,
        policy.Address,
        policy.Adopted is { } adopted ? format.Date(adopted) : null,
        policy.Review is { } review ? format.Date(review) : null,
        policy.IsReviewOverdue(today),
        policy.Version,
        policy.Committee?.Name,
        policy.Committee is null ? null : MeetingRoutes.Committee(policy.Committee.Id),
        policy.Summary,
        policy.File is { } file ? new FileLink(file.Address, format.FileKind(file), format.FileSize(file.Size)) : null);
}
