using System.Collections.Concurrent;
using CouncilSite.Content;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Sections;

/// <summary>
/// What every section makes its pages and files from: the loaded content, the words and formats of
/// the site's language, the main navigation, the clerk's files published as they are and what a
/// preview session remembers of earlier builds. Views several sections show (the meetings as the home page and the meetings pages list
/// them) are made once per build, by type.
/// </summary>
public sealed class SiteModel
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> _shared = new();
    private readonly Dictionary<string, string> _copiedTo = new(StringComparer.Ordinal);

    private SiteModel(SiteContent content, IReadOnlyList<Section> sections, Format format, IReadOnlyList<NavItem> navigation, IReadOnlyList<CopiedFile> copies, PartMemory parts)
    {
        Content = content;
        Sections = sections;
        Format = format;
        Navigation = navigation;
        Copies = copies;
        Parts = parts;
        foreach (var copy in copies)
        {
            _copiedTo.TryAdd(copy.Source, copy.Address);
        }
    }

    public SiteContent Content { get; }

    /// <summary>The build's sections, in the order of <see cref="SiteSections.All"/>: the search asks each what it offers.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>How the site's language writes its words, dates, times and amounts, from the theme's strings.</summary>
    public Format Format { get; }

    /// <summary>The main navigation: every section's items, in the order of <see cref="SiteSections.All"/>.</summary>
    public IReadOnlyList<NavItem> Navigation { get; }

    /// <summary>Every clerk's file the site publishes as it is, section by section.</summary>
    public IReadOnlyList<CopiedFile> Copies { get; }

    public PartMemory Parts { get; }

    /// <summary>The address a clerk's file is copied to, or null when the site does not publish it as it is.</summary>
    public string? CopiedTo(string? source) => source is not null && _copiedTo.TryGetValue(source, out var address) ? address : null;

    /// <summary>The build's one <typeparamref name="T"/>, made by <paramref name="make"/> the first time any section asks.</summary>
    public T Shared<T>(Func<SiteModel, T> make)
        where T : class => (T)_shared.GetOrAdd(typeof(T), _ => new Lazy<object>(() => make(this))).Value;

    /// <summary>The model of <paramref name="content"/>: the navigation and the files copied are asked of every section.</summary>
    public static SiteModel Of(SiteContent content, IReadOnlyList<Section> sections, PartMemory memory, Format format) =>
        new(content, sections, format, sections.SelectMany(s => s.Navigation(content, format)).ToList(), sections.SelectMany(s => s.Copies(content)).ToList(), memory);
}
