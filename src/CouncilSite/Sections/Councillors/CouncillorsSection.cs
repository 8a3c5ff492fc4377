using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;

namespace CouncilSite.Sections.Councillors;

/// <summary>The councillors read from <c>councillors/</c>, with the photos and registers of interests published beside them.</summary>
/// <param name="Files">The folder's other files (photos, registers of interests as PDF), published as they are.</param>
public sealed record CouncillorsContent(IReadOnlyList<Councillor> Councillors, IReadOnlyList<CopiedFile> Files);

/// <summary>Councillors: <c>councillors/</c>, a Markdown file each.</summary>
public sealed class CouncillorsSection : Section<CouncillorsContent>
{
    public override IReadOnlyList<string> Folders => ["councillors"];

    protected override CouncillorsContent Read(LoadContext context) => new(
        CouncillorLoader.Load(context)
            .OrderBy(c => RoleRank(c.Role)).ThenBy(c => Surname(c.Name), StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToList(),
        context.FilesBeside(CouncillorLoader.Folder));

    public override int Items(SiteContent content) => content.Councillors.Count;

    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) =>
        content.Councillors.Count > 0 ? [new(format.Text("councillors.title"), CouncillorRoutes.Index, "councillors")] : [];

    public override IEnumerable<CopiedFile> Copies(SiteContent content) => content.Of<CouncillorsContent>().Files;

    public override IEnumerable<MarkdownSource?> Texts(SiteContent content) => content.Councillors.Select(c => c.Content);

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => CouncillorPages.Pages(model);

    public override IEnumerable<SearchEntry> Search(SiteModel model) => CouncillorSearch.Entries(model);

    /// <summary>The chair first, then the vice-chair, then everyone else by surname, as councils list themselves.</summary>
    private static int RoleRank(string? role) => role?.ToLowerInvariant() switch
    {
        "chair" or "chairman" or "chairwoman" or "mayor" => 0,
        "vice-chair" or "vice chair" or "vice-chairman" or "deputy mayor" => 1,
        _ => 2,
    };

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? name;
}

/// <summary>The councillors as every part of the build finds them.</summary>
public static class CouncillorsOfSite
{
    extension(SiteContent content)
    {
        /// <summary>Every councillor: the chair, the vice-chair, then the others by surname.</summary>
        public IReadOnlyList<Councillor> Councillors => content.Of<CouncillorsContent>().Councillors;
    }
}
