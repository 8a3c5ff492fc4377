using CouncilSite.Site;

namespace CouncilSite.Content;

/// <summary>
/// Everything read from the clerk's folder, before any page is made: the settings, the date and
/// what each section read. A section's content is found by its type (<see cref="Of{T}"/>); each
/// section folder gives it a typed name, such as <c>content.Meetings</c>.
/// </summary>
public sealed class SiteContent(SiteConfig config, DateOnly today, IReadOnlyDictionary<Type, object> sections)
{
    public SiteConfig Config { get; } = config;

    /// <summary>The build's date in the council's time zone.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>The same content under other settings: the site's own, as another language places its pages.</summary>
    public SiteContent With(SiteConfig settings) => new(settings, Today, sections);

    /// <summary>What the section reading a <typeparamref name="T"/> read.</summary>
    public T Of<T>()
        where T : class =>
        sections.TryGetValue(typeof(T), out var content) ? (T)content
            : throw new InvalidOperationException($"No section of the site reads a {typeof(T).Name}; register it in SiteSections.All.");
}
