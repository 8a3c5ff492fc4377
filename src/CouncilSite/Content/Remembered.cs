using System.Runtime.CompilerServices;

namespace CouncilSite.Content;

/// <summary>
/// A value worked out from one part of the site (a meeting's calendar event) and the site's
/// settings, kept while a preview session hands back that part unchanged: an edit to one meeting
/// then works out again that meeting's values, not every meeting's. Outside a session the value
/// is worked out every time, and nothing is kept.
/// </summary>
/// <param name="make">Works the value out; it may read only the part and the settings.</param>
public sealed class Remembered<TPart, TValue>(Func<TPart, Site.SiteConfig, TValue> make)
    where TPart : class
{
    private readonly ConditionalWeakTable<TPart, Entry> _values = new();

    public TValue Of(TPart part, SiteContent content) => Of(part, content.Config, content.Settings);

    /// <param name="settings">The <see cref="SiteContent.Settings"/> of the content the part is from.</param>
    public TValue Of(TPart part, Site.SiteConfig config, UInt128? settings)
    {
        if (settings is null)
        {
            return make(part, config);
        }

        if (_values.TryGetValue(part, out var known) && known.Settings == settings)
        {
            return known.Value;
        }

        var value = make(part, config);
        _values.AddOrUpdate(part, new Entry(settings.Value, value));
        return value;
    }

    /// <summary>The values of many parts, worked out side by side, in the parts' order.</summary>
    public TValue[] OfEach(IReadOnlyList<TPart> parts, Site.SiteConfig config, UInt128? settings)
    {
        var values = new TValue[parts.Count];
        Parallel.For(0, parts.Count, i => values[i] = Of(parts[i], config, settings));
        return values;
    }

    private sealed record Entry(UInt128 Settings, TValue Value);
}
