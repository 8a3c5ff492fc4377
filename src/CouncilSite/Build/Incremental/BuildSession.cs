using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CouncilSite.Addresses;
using CouncilSite.Build.Publishing;
using CouncilSite.Content;
using CouncilSite.Diagnostics;
using CouncilSite.Outputs;
using CouncilSite.Outputs.Html;
using CouncilSite.Privacy;
using CouncilSite.Rendering.Markdown;
using CouncilSite.Rendering.Theme;
using CouncilSite.Site;

namespace CouncilSite.Build.Incremental;

/// <summary>
/// One site built again and again in the same process, as the preview server does after every
/// edit. Each build still runs every stage over the whole folder, so the result is exactly what
/// a clean build gives; the session only lets a stage skip work whose inputs it has seen:
/// <list type="bullet">
/// <item>an unchanged Markdown text is not parsed again (the same parsed file comes back);</item>
/// <item>an unchanged theme is not parsed again;</item>
/// <item>a file whose links all resolved under the same addresses is not checked again;</item>
/// <item>a page whose inputs (its layout's model, its Markdown, the site, the theme and, for a page
/// with Markdown, every address of the site) have the same fingerprint keeps its bytes;</item>
/// <item>the sitemap is written again only when the pages' addresses changed.</item>
/// </list>
/// With <see cref="InMemory"/> the site is kept in memory instead of written to disk. Given the
/// <see cref="FolderChanges"/> a watcher saw, a build also takes back the loaded parts of the site
/// (a meeting's folder, a news file) whose files did not change, instead of reading them again.
/// </summary>
/// <param name="changes">What a watcher saw change between builds; without it every build reads the whole folder.</param>
public sealed class BuildSession(bool inMemory, FolderChanges? changes = null) : BuildMemory
{
    private readonly ValueFingerprint _fingerprint = new();
    private readonly ConditionalWeakTable<MarkdownSource, StrongBox<UInt128>> _checkedClean = new();
    private (UInt128 Key, Templates Templates)? _templates;
    private UInt128 _templatesKey;
    private IReadOnlyDictionary<string, (UInt128 Key, byte[] Bytes)> _pages = new Dictionary<string, (UInt128, byte[])>(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (UInt128 Key, byte[] Bytes)> _nextPages = new(StringComparer.Ordinal);
    private UInt128 _renderContext;
    private UInt128 _addresses;
    private int _rendered;
    private SiteFolder? _lastFolder;
    private (string Url, string Tags, IReadOnlyList<string> Addresses, byte[] Bytes)? _sitemap;
    private ChangedPaths? _changed;
    private Dictionary<string, CapturedCopy> _copies = new(StringComparer.Ordinal);

    /// <summary>True when builds keep the site in <see cref="Output"/> and never write to disk (a preview).</summary>
    public override bool InMemory { get; } = inMemory;

    /// <summary>
    /// The files of the last build that succeeded, by output path (e.g. <c>meetings/index.html</c>),
    /// each with its bytes: a file copied from the clerk's folder is read when its build succeeds, so
    /// what is served never changes with the folder until the next good build.
    /// </summary>
    public IReadOnlyDictionary<string, OutputFile> Output { get; private set; } = new Dictionary<string, OutputFile>(StringComparer.Ordinal);

    /// <summary>How many pages the last build drew, and how many it kept from the build before.</summary>
    public (int Rendered, int Kept) LastPages { get; private set; }

    internal override MarkdownEngine Markdown { get; } = new(remember: true);

    /// <summary>The loaders' work on unchanged files: their YAML and the decisions in minutes.</summary>
    internal override LoadMemory Loading { get; } = new();

    /// <summary>The values the Model stage works out from each unchanged part (a meeting's view, its calendar event).</summary>
    internal override PartMemory Parts { get; } = new();

    /// <summary>The fingerprint of the settings and date of the build under way.</summary>
    private UInt128 _settings;

    /// <summary>Listings of the site's folders kept from earlier builds.</summary>
    internal override FolderListings Listings { get; } = new();

    /// <summary>Starts a build: what changed since the last one decides which listings and parts are read again.</summary>
    /// <param name="folder">The build's view of the site folder, which has not read anything yet.</param>
    internal override void StartBuild(SiteFolder folder)
    {
        _fingerprint.NextBuild();
        var taken = changes?.Take() ?? ChangedPaths.Everything;

        // A link's target changes under its own name, which the watcher reports instead of the link's
        // (the last build's folder is asked only now, as any stage of it may have met one); and
        // changes taken by a build that stopped before its loading ended (a broken site.yml, a file
        // caught half-saved) may not all have been read.
        var metLink = _lastFolder?.MetLink ?? false;
        _lastFolder = folder;
        _changed = metLink || _changed is not null ? ChangedPaths.Everything : taken;
        Listings.Start(_changed);
    }

    /// <summary>Starts the Load stage: the parts of the folder to read again are those changed since the last build's.</summary>
    internal override void StartLoad(SiteConfig config, DateOnly today)
    {
        _settings = _fingerprint.Of(config, today);
        Loading.Start(_changed ?? ChangedPaths.Everything, _settings);
    }

    /// <summary>Starts the Model stage: the values kept of each part were worked out under the same settings, date and strings.</summary>
    /// <remarks>The strings count with the settings: the words and dates of every view kept come from them.</remarks>
    internal override void StartModel(Theme theme) =>
        Parts.Start(_fingerprint.Of(_settings, theme.Under("strings/").Select(f => Convert.ToBase64String(f.Read())).ToList()));

    /// <summary>Ends the Load stage: the changes taken at the start of the build have all been read.</summary>
    internal override void EndLoad()
    {
        Loading.End();
        _changed = null;
    }

    /// <summary>The look-alikes of personal data in each Markdown text, found again only for changed files.</summary>
    internal override MarkdownMatches PrivacyMatches { get; } = new(remember: true);

    /// <summary>
    /// The theme's templates, parsed again only when a layout or partial changed; the strings files
    /// count too, since every page's words come from them.
    /// </summary>
    internal override Templates Templates(Theme theme, DiagnosticBag diagnostics)
    {
        var files = theme.Under("layouts/").Concat(theme.Under("partials/")).Concat(theme.Under("strings/")).Select(f => (f.Path, f.Origin, f.Read())).ToList();
        var key = _fingerprint.Of(files.Select(f => new object[] { f.Path, f.Origin, Convert.ToBase64String(f.Item3) }).ToList());
        _templatesKey = key;
        if (_templates is { } known && known.Key == key)
        {
            return known.Templates;
        }

        var found = new DiagnosticBag();
        var templates = Rendering.Theme.Templates.Parse(theme, found);
        var messages = found.ToSortedList();
        foreach (var message in messages)
        {
            diagnostics.Add(message);
        }

        _templates = messages.Count == 0 ? (key, templates) : null;
        return templates;
    }

    /// <summary>The sitemap, written again only when the site's address or its pages' addresses changed.</summary>
    internal override byte[] Sitemap(string url, IReadOnlyList<string> addresses, IReadOnlyList<LanguageAddresses> languages)
    {
        var tags = string.Join(' ', languages.Select(l => l.Tag));
        if (_sitemap is not { } known || known.Url != url || known.Tags != tags || !known.Addresses.SequenceEqual(addresses, StringComparer.Ordinal))
        {
            _sitemap = known = (url, tags, addresses, Outputs.Sitemap.SitemapWriter.Write(url, addresses, languages));
        }

        return known.Bytes;
    }

    /// <summary>Checks the links and HTML of every Markdown file, except files that passed under the same addresses and settings before.</summary>
    /// <remarks>The settings are in the key for site.yml's url: a link to the site's own full address is checked as one of its addresses.</remarks>
    /// <param name="imageHosts">Not in the key: a file that passed shows no image from another website, allowed or not (an allowed one is a warning).</param>
    internal override void CheckMarkdown(IEnumerable<MarkdownSource> sources, LinkResolver links, IReadOnlySet<string> imageHosts, AddressBook addresses, DiagnosticBag diagnostics)
    {
        var files = addresses.Sources.ToList();
        _addresses = _fingerprint.Of(_settings, addresses.Addresses.ToList(), files, files.Select(addresses.AddressOfSource).ToList());
        var broken = new BrokenLinks();
        Parallel.ForEach(sources, source =>
        {
            if (_checkedClean.TryGetValue(source, out var passed) && passed.Value == _addresses)
            {
                return;
            }

            var found = new DiagnosticBag();
            var leadNowhere = MarkdownChecks.Check(source, links, imageHosts, found, broken);
            var messages = found.ToSortedList();
            foreach (var message in messages)
            {
                diagnostics.Add(message);
            }

            if (messages.Count == 0 && leadNowhere == 0)
            {
                _checkedClean.AddOrUpdate(source, new StrongBox<UInt128>(_addresses));
            }
        });
        broken.Report(links, diagnostics);
    }

    /// <summary>Starts the Render stage: what every page shares (the site, the theme, the loop limit) goes into each page's fingerprint.</summary>
    internal override void StartRender(IReadOnlyList<SiteView> sites, int loopLimit)
    {
        // Every language's view: a Welsh page shows the Welsh names, and the switch names the other languages.
        _renderContext = _fingerprint.Of(sites, _templatesKey, loopLimit);
        _nextPages = new ConcurrentDictionary<string, (UInt128, byte[])>(4 * Environment.ProcessorCount, Math.Max(_pages.Count, 31), StringComparer.Ordinal);
        _rendered = 0;
    }

    /// <summary>The page's bytes from the last build when its fingerprint is unchanged, otherwise drawn by <paramref name="render"/>.</summary>
    internal override byte[]? Render(HtmlPage page, Func<byte[]?> render)
    {
        // A page with Markdown links to other pages, so any new, moved or removed address may change it.
        var key = _fingerprint.Of(page, _renderContext, page.Body is null ? UInt128.Zero : _addresses);

        // The last build's pages are only read while pages are drawn; they are replaced at the end.
        _pages.TryGetValue(page.Address, out var known);
        var bytes = known.Bytes is not null && known.Key == key ? known.Bytes : render();
        if (bytes is not null)
        {
            _nextPages[page.Address] = (key, bytes);
        }

        if (!ReferenceEquals(bytes, known.Bytes))
        {
            Interlocked.Increment(ref _rendered);
        }

        return bytes;
    }

    /// <summary>Ends the Render stage; a build that failed later keeps what it drew, since a page's bytes depend only on its fingerprint.</summary>
    internal override void EndRender(int pages)
    {
        _fingerprint.NextBuild();
        _pages = _nextPages;
        LastPages = (_rendered, pages - _rendered);
    }

    /// <summary>Takes a successful build's files as the site to serve; returns how many differ from the last one.</summary>
    internal override OutputWriter.Outcome Publish(IReadOnlyList<OutputFile> files)
    {
        var previous = Output;
        var next = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        var copies = new Dictionary<string, CapturedCopy>(StringComparer.Ordinal);
        var written = 0;
        foreach (var made in files)
        {
            var file = made.CopyFrom is { } source ? OutputFile.Made(made.Path, Capture(source, copies)) : made;
            next[file.Path] = file;
            if (!previous.TryGetValue(file.Path, out var old) || !Same(old, file))
            {
                written++;
            }
        }

        Output = next;
        _copies = copies;
        return new OutputWriter.Outcome(written, files.Count - written);
    }

    /// <summary>
    /// The bytes of a file copied as it is, read now rather than when it is asked for: a file
    /// replaced later (by a link to somewhere outside the site, say) must not be served while the
    /// build that would refuse it keeps the last good site. A file whose size and time are unchanged
    /// keeps the bytes read before, so an image or PDF is held once, not once per build.
    /// </summary>
    private byte[] Capture(string source, Dictionary<string, CapturedCopy> into)
    {
        var info = new FileInfo(source);
        if (_copies.TryGetValue(source, out var kept) && kept.Length == info.Length && kept.Modified == info.LastWriteTimeUtc)
        {
            into[source] = kept;
            return kept.Bytes;
        }

        // Size and time are taken before the read: a change while it is read gives the next build another time, and a new read.
        var read = new CapturedCopy(info.Length, info.LastWriteTimeUtc, File.ReadAllBytes(source));
        into[source] = read;
        return read.Bytes;
    }

    private sealed record CapturedCopy(long Length, DateTime Modified, byte[] Bytes);

    private static bool Same(OutputFile a, OutputFile b) =>
        a.Bytes is { } x && b.Bytes is { } y ? ReferenceEquals(x, y) || x.AsSpan().SequenceEqual(y) : a.CopyFrom == b.CopyFrom && a.Bytes is null && b.Bytes is null;
}
