using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Sections.Documents;
using CouncilSite.Sections.Home;
using CouncilSite.Sections.Meetings;
using CouncilSite.Sections.Policies;

namespace CouncilSite.Sections.Accessibility;

/// <summary>What the accessibility statement says, gathered from site.yml and the published files.</summary>
/// <param name="OfficeFiles">PDF and office files that have no web-page version on the site.</param>
public sealed record AccessibilityView(
    string Council,
    string? Url,
    string? ContactEmail,
    string? ContactPhone,
    string? ContactAddress,
    string? PreparedText,
    string? ReviewedText,
    string? TestedText,
    IReadOnlyList<string> KnownIssues,
    IReadOnlyList<OfficeFile> OfficeFiles);

public sealed record OfficeFile(string Title, string Address, string Kind);

/// <summary>
/// The accessibility statement the 2018 regulations require, generated in the structure of
/// GOV.UK's sample statement so the clerk only supplies the facts.
/// </summary>
public static class AccessibilityPage
{
    public const string Address = "/accessibility/";

    public static HtmlPage Page(SiteModel model)
    {
        var content = model.Content;
        var config = content.Config;
        var a = config.Accessibility;
        var view = new AccessibilityView(
            config.Name,
            config.Url,
            a.Contact ?? config.Clerk?.Email,
            config.Clerk?.Phone,
            config.Clerk?.Address,
            a.Prepared is { } p ? model.Format.Date(p) : null,
            a.Reviewed is { } r ? model.Format.Date(r) : null,
            a.Tested is { } t ? model.Format.Date(t) : null,
            a.KnownIssues,
            OfficeFilesWithoutWebVersion(content, model.Format));
        return new HtmlPage(Address, model.Format.Text("accessibility.title", ("council", config.Name)), "accessibility",
            [HomePage.Crumb(model.Format)], new AccessibilityPageModel(view),
            Description: model.Format.Text("accessibility.description", ("council", config.Name)));
    }

    private static List<OfficeFile> OfficeFilesWithoutWebVersion(SiteContent content, Format format)
    {
        var files = new List<OfficeFile>();
        foreach (var meeting in content.Meetings)
        {
            var webStems = meeting.Papers.Where(p => p.Content is not null).Select(p => Path.GetFileNameWithoutExtension(p.File.FileName)).ToHashSet();
            files.AddRange(meeting.Papers
                .Where(p => p.File.IsOfficeDocument && !webStems.Contains(Path.GetFileNameWithoutExtension(p.File.FileName)))
                .Select(p => new OfficeFile($"{p.Title} ({meeting.Committee.Name}, {format.Date(meeting.Date)})", p.Address, format.FileKind(p.File))));
        }

        files.AddRange(content.Policies.Where(p => p.File?.IsOfficeDocument == true)
            .Select(p => new OfficeFile(p.Title, p.File!.Address, format.FileKind(p.File))));
        files.AddRange(content.Documents.Where(d => d.File.IsOfficeDocument)
            .Select(d => new OfficeFile(d.Title, d.Address, format.FileKind(d.File))));
        return files;
    }
}
