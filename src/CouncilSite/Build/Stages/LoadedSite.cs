using CouncilSite.Content;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Site;

namespace CouncilSite.Build.Stages;

/// <summary>The Load stage's result: the site folder as the build reads it, and everything read from it.</summary>
/// <param name="Markdown">The engine that parsed the clerk's Markdown, which draws it again when a page needs it.</param>
public sealed record LoadedSite(SiteFolder Folder, SiteContent Content, MarkdownEngine Markdown)
{
    public SiteConfig Config => Content.Config;

    /// <summary>For a site in more than one language: the content as each other language reads it, with its translations.</summary>
    public IReadOnlyList<LoadedSite> Others { get; init; } = [];

    /// <summary>The content in each of the site's languages, the default first.</summary>
    public IEnumerable<LoadedSite> All => Others.Prepend(this);
}
