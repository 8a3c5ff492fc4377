using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using CouncilSite.Yaml;

namespace CouncilSite.Sections.Policies;

/// <summary>Loads <c>policies/</c>: Markdown policies, and files with a <c>.yml</c> sidecar.</summary>
public static class PolicyLoader
{
    public const string Folder = "policies";

    public static IReadOnlyList<Policy> Load(LoadContext context)
    {
        var policies = context.Folder.Files(Folder, recursive: false).Where(IsMarkdown)
            .Select(file => context.Part(file, part => LoadMarkdown(file, part)))
            .OfType<Policy>()
            .ToList();

        foreach (var item in SidecarFiles.Collect(Folder, context, IsMarkdown, "policy", ContentSettings.Policy))
        {
            policies.Add(Build(item.Slug, item.SidecarFile ?? item.File.File, item.Fields, null, item.File, context));
        }

        return policies;
    }

    private static Policy? LoadMarkdown(string file, LoadContext context) =>
        context.AddressName(file, Path.GetFileNameWithoutExtension(file)) is { } slug && context.ReadMarkdown(file, ContentSettings.Policy) is { } read
            ? Build(slug, file, read.Front.Fields, context.DrawnSource(read), null, context)
            : null;

    private static Policy Build(string slug, string sourceFile, YamlFields? fields, MarkdownSource? content, FileAttachment? file, LoadContext context)
    {
        var committeeId = fields?.String("committee");
        var committee = committeeId is null ? null : context.Config.FindCommittee(committeeId);
        if (committeeId is not null && committee is null)
        {
            context.Diagnostics.Error(sourceFile, fields!.LineOf("committee"), 1, DiagnosticCodes.UnknownCommittee,
                $"'{committeeId}' is not a committee listed in site.yml.",
                $"Use one of: {string.Join(", ", context.Config.Committees.Select(c => c.Id))}.");
        }

        var policy = new Policy(
            slug,
            fields?.String("title") ?? content?.TitleLine ?? Titles.FromSlug(Path.GetFileNameWithoutExtension(sourceFile)),
            fields?.Date("adopted"),
            fields?.Date("review"),
            fields?.String("version"),
            committee,
            fields?.String("summary"),
            content,
            file,
            sourceFile,
            fields?.LineOf("review") ?? 0,
            fields?.Extra() ?? new Dictionary<string, object?>());

        if (policy.IsReviewOverdue(context.Today))
        {
            context.Diagnostics.Warning(sourceFile, policy.ReviewLine, 1, DiagnosticCodes.ReviewOverdue,
                $"'{policy.Title}' was due for review on {policy.Review:yyyy-MM-dd}; the site shows it as overdue.",
                "When the council has reviewed it, change 'review:' to the next review date (and 'adopted:' if it was re-adopted).");
        }

        return policy;
    }

    private static bool IsMarkdown(string file) => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
