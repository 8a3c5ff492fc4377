using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using CouncilSite.Yaml;

namespace CouncilSite.Content;

/// <summary>
/// Pairs files with their <c>.yml</c> descriptions (<c>budget-2026-27.pdf</c> + <c>budget-2026-27.yml</c>),
/// the way policies, documents and datasets are written. A description named in other case or
/// ending (<c>Budget-2026-27.yaml</c>) is read all the same, with a warning (see <see cref="FixedFileNames"/>).
/// </summary>
public static class SidecarFiles
{
    /// <param name="Slug">The file's published name without its extension, e.g. <c>budget-2026-27</c>.</param>
    /// <param name="Name">The file's name without its extension as the clerk wrote it, e.g. <c>Budget 2026–27</c>, for a title.</param>
    /// <param name="Fields">The sidecar's settings, or null when the clerk wrote none (a warning says so).</param>
    public sealed record Item(string Slug, string Name, FileAttachment File, YamlFields? Fields, string? SidecarFile);

    /// <param name="skip">Files this folder's loader reads itself (e.g. Markdown policies).</param>
    /// <param name="kind">The kind of the descriptions, whose settings they may hold.</param>
    public static IReadOnlyList<Item> Collect(string folder, LoadContext context, Func<string, bool> skip, string whatItIs, FileKind kind)
    {
        var files = context.Folder.Files(folder, recursive: false);
        var items = new List<Item>();
        var sidecars = files.Where(IsSidecar).ToHashSet(StringComparer.Ordinal);

        // Each file's description found by name, not by comparing it with every description in the folder.
        var descriptions = sidecars.ToLookup(s => FixedFileNames.WithShortEnding(FixedFileNames.NameOf(s)), StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<string>(StringComparer.Ordinal);

        // The files as published, side by side: a PDF's words are read with it.
        var attachments = new FileAttachment?[files.Count];
        Parallel.For(0, files.Count, i => attachments[i] = IsSidecar(files[i]) || skip(files[i]) ? null : context.Attachment(files[i]));

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (IsSidecar(file) || skip(file))
            {
                continue;
            }

            var stem = file[..^Path.GetExtension(file).Length];
            var described = $"{FixedFileNames.NameOf(stem)}.yml";
            var found = descriptions[described].Order(StringComparer.Ordinal).ToList();
            string? sidecar = null;
            YamlFields? fields = null;
            if (found.Count > 0)
            {
                used.UnionWith(found);
                sidecar = FixedFileNames.Choose(found, described, $"the description of '{FixedFileNames.NameOf(file)}'", file, context.Diagnostics);
                fields = context.ReadYaml(sidecar, kind);
            }
            else
            {
                context.Diagnostics.Warning(file, 0, 0, DiagnosticCodes.MissingSidecar,
                    $"This {whatItIs} has no .yml file describing it, so it is listed under its file name only.",
                    $"Add {Path.GetFileName(stem)}.yml beside it with at least a title, e.g. 'title: ...'.");
            }

            if (attachments[i] is { } attachment)
            {
                items.Add(new Item(Path.GetFileNameWithoutExtension(attachment.PublishedName), stem[(stem.LastIndexOf('/') + 1)..], attachment, fields, sidecar));
            }
        }

        foreach (var orphan in sidecars.Except(used).Order(StringComparer.Ordinal))
        {
            context.Diagnostics.Warning(orphan, 0, 0, DiagnosticCodes.SidecarWithoutFile,
                $"This description has no {whatItIs} file beside it with the same name.",
                "Check the spelling of both file names: they must be the same apart from the ending (.pdf, .yml).");
        }

        return items;
    }

    private static bool IsSidecar(string file) =>
        file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
}
