using CouncilSite.Addresses;
using CouncilSite.Build.Publishing;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;
using CouncilSite.Outputs.Sitemap;
using CouncilSite.Privacy;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Rendering.Theme;
using CouncilSite.Site;

namespace CouncilSite.Build;

/// <summary>
/// What one build keeps for the next build of the same site, asked by every stage at the steps it
/// could skip. A one-off build (<see cref="None"/>) keeps nothing and does each step in full; the
/// preview's <see cref="Incremental.BuildSession"/> skips the work whose inputs it has seen, and
/// still gives exactly what a one-off build would.
/// </summary>
public class BuildMemory
{
    /// <summary>Keeps nothing: for a build run once, from the command line.</summary>
    public static BuildMemory None { get; } = new();

    private protected BuildMemory()
    {
    }

    /// <summary>True when builds keep the site in memory instead of writing it to disk (a preview).</summary>
    public virtual bool InMemory => false;

    /// <summary>Listings of the site's folders kept from earlier builds; null to list every folder afresh.</summary>
    internal virtual FolderListings? Listings => null;

    /// <summary>The Markdown engine for the build; a fresh one keeps no parsed files.</summary>
    internal virtual MarkdownEngine Markdown => new();

    /// <summary>The loaders' work on unchanged files; null to work everything out.</summary>
    internal virtual LoadMemory? Loading => null;

    /// <summary>The values the Model stage works out from each part of the site.</summary>
    internal virtual PartMemory Parts => PartMemory.None;

    /// <summary>The look-alikes of personal data found in each Markdown text; null to find them all again.</summary>
    internal virtual MarkdownMatches? PrivacyMatches => null;

    /// <summary>Starts a build, given its view of the site folder, which has not read anything yet.</summary>
    internal virtual void StartBuild(SiteFolder folder)
    {
    }

    /// <summary>Starts the Load stage, under the site's settings and date.</summary>
    internal virtual void StartLoad(SiteConfig config, DateOnly today)
    {
    }

    /// <summary>Ends the Load stage.</summary>
    internal virtual void EndLoad()
    {
    }

    /// <summary>Starts the Model stage, under the theme's strings.</summary>
    internal virtual void StartModel(Theme theme)
    {
    }

    /// <summary>The theme's templates.</summary>
    internal virtual Templates Templates(Theme theme, DiagnosticBag diagnostics) => Rendering.Theme.Templates.Parse(theme, diagnostics);

    /// <summary>The sitemap of the pages' addresses.</summary>
    internal virtual byte[] Sitemap(string url, IReadOnlyList<string> addresses, IReadOnlyList<LanguageAddresses> languages) => SitemapWriter.Write(url, addresses, languages);

    /// <summary>Checks the links and HTML of every Markdown file.</summary>
    /// <param name="addresses">Every address of the site, which the links were resolved against.</param>
    internal virtual void CheckMarkdown(IEnumerable<MarkdownSource> sources, LinkResolver links, IReadOnlySet<string> imageHosts, AddressBook addresses, DiagnosticBag diagnostics)
    {
        var broken = new BrokenLinks();
        Parallel.ForEach(sources, source => MarkdownChecks.Check(source, links, imageHosts, diagnostics, broken));
        broken.Report(links, diagnostics);
    }

    /// <summary>Starts the Render stage: what every page shares.</summary>
    internal virtual void StartRender(IReadOnlyList<SiteView> sites, int loopLimit)
    {
    }

    /// <summary>The bytes of a page, drawn by <paramref name="render"/>.</summary>
    internal virtual byte[]? Render(HtmlPage page, Func<byte[]?> render) => render();

    /// <summary>Ends the Render stage, which drew <paramref name="pages"/> pages.</summary>
    internal virtual void EndRender(int pages)
    {
    }

    /// <summary>Takes a successful build's files as the site kept in memory; only a build that is <see cref="InMemory"/> has one.</summary>
    internal virtual OutputWriter.Outcome Publish(IReadOnlyList<OutputFile> files) =>
        throw new InvalidOperationException("A build that writes to disk has no site in memory.");
}
