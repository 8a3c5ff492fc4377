using CouncilSite.Outputs.Html;
using CouncilSite.Site;

namespace CouncilSite.Content;

/// <summary>
/// A kind of value worked out from one part of the site (a meeting's calendar event), the site's
/// settings and the words of its language alone, which a preview session's <see cref="PartMemory"/> keeps while the part
/// is unchanged. The instance holds no values: it names the kind, and works a value out.
/// </summary>
/// <param name="make">Works the value out; it may read only the part, the settings and the site's <see cref="Format"/>.</param>
public sealed class Remembered<TPart, TValue>(Func<TPart, SiteConfig, Format, TValue> make)
    where TPart : class
{
    public TValue Of(TPart part, SiteConfig config, Format format, PartMemory memory) => memory.Of(this, part, () => make(part, config, format));

    /// <summary>The values of many parts, worked out side by side, in the parts' order.</summary>
    public TValue[] OfEach(IReadOnlyList<TPart> parts, SiteConfig config, Format format, PartMemory memory)
    {
        var values = new TValue[parts.Count];
        Parallel.For(0, parts.Count, i => values[i] = Of(parts[i], config, format, memory));
        return values;
    }
}
