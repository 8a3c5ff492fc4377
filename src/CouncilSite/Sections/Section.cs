using CouncilSite.Content;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;
using CouncilSite.Search;

namespace CouncilSite.Sections;

/// <summary>
/// One section of the site (meetings, news, policies...): what it reads from the clerk's folder,
/// the files it publishes as they are, its pages, its place in the navigation and the feeds and
/// calendars it offers. Each section is a folder of <c>Sections/</c> holding its records, loader,
/// routes and views, and one line of <see cref="SiteSections.All"/>; the stages of a build ask
/// every section in that order and know none of them by name.
/// </summary>
public abstract class Section
{
    /// <summary>The first names of the addresses it makes (e.g. <c>meetings</c>), which a clerk's page may not take.</summary>
    public virtual IReadOnlyList<string> Folders => [];

    /// <summary>The type of what it reads from the clerk's folder, by which <see cref="SiteContent.Of{T}"/> finds it; null when it reads nothing.</summary>
    internal virtual Type? ContentType => null;

    /// <summary>Reads its part of the clerk's folder (on a thread of its own, beside the other sections).</summary>
    internal virtual object? Load(LoadContext context) => null;

    /// <summary>How many items it lists: the theme's loops may take ten turns per item of the whole site.</summary>
    public virtual int Items(SiteContent content) => 0;

    /// <summary>Its items of the main navigation, in order, named in the site's language.</summary>
    public virtual IEnumerable<NavItem> Navigation(SiteContent content, Format format) => [];

    /// <summary>The clerk's files it publishes as they are (PDFs, photos, CSV files), each at its address.</summary>
    public virtual IEnumerable<CopiedFile> Copies(SiteContent content) => [];

    /// <summary>The clerk's Markdown it publishes, which the privacy scan reads.</summary>
    public virtual IEnumerable<MarkdownSource?> Texts(SiteContent content) => [];

    /// <summary>Its pages, each naming the clerk's files it is made from and the feeds it announces.</summary>
    public virtual IEnumerable<HtmlPage> Pages(SiteModel model) => [];

    /// <summary>The other files it makes from its content: feeds and calendars.</summary>
    public virtual IEnumerable<OutputFile> Files(SiteModel model) => [];

    /// <summary>What a resident can find of it with the site's search, in a stable order.</summary>
    public virtual IEnumerable<SearchEntry> Search(SiteModel model) => [];
}

/// <summary>A section that reads a <typeparamref name="TContent"/> from the clerk's folder.</summary>
public abstract class Section<TContent> : Section
    where TContent : class
{
    internal sealed override Type ContentType => typeof(TContent);

    internal sealed override object Load(LoadContext context) => Read(context);

    /// <summary>Reads the section's files into its records, in a stable order whatever order files are read in.</summary>
    protected abstract TContent Read(LoadContext context);
}
