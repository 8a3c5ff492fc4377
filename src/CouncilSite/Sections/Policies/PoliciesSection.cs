using CouncilSite.Content;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;

namespace CouncilSite.Sections.Policies;

/// <summary>The policy register: <c>policies/</c>, a Markdown file (or a PDF with a sidecar) a policy.</summary>
public sealed class PoliciesSection : Section<IReadOnlyList<Policy>>
{
    public override IReadOnlyList<string> Folders => ["policies"];

    protected override IReadOnlyList<Policy> Read(LoadContext context) =>
        PolicyLoader.Load(context).OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();

    public override int Items(SiteContent content) => content.Policies.Count;

    public override IEnumerable<NavItem> Navigation(SiteContent content, Format format) =>
        content.Policies.Count > 0 ? [new(format.Text("policies.title"), PolicyRoutes.Index, "policies")] : [];

    public override IEnumerable<CopiedFile> Copies(SiteContent content) =>
        content.Policies.Select(p => p.File).OfType<FileAttachment>().Select(f => f.Copy);

    public override IEnumerable<MarkdownSource?> Texts(SiteContent content) => content.Policies.Select(p => p.Content);

    public override IEnumerable<HtmlPage> Pages(SiteModel model) => PolicyPages.Pages(model);

    public override IEnumerable<SearchEntry> Search(SiteModel model) => PolicySearch.Entries(model);
}

/// <summary>The policies as every part of the build finds them.</summary>
public static class PoliciesOfSite
{
    extension(SiteContent content)
    {
        /// <summary>Every policy, by title.</summary>
        public IReadOnlyList<Policy> Policies => content.Of<IReadOnlyList<Policy>>();
    }
}
