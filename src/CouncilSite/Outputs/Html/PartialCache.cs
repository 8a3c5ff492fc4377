using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace CouncilSite.Outputs.Html;

/// <summary>
/// The partials drawn by the templates' <c>cached</c> function during one build, shared by the
/// threads that draw pages. A partial drawn for one page is reused for another page that passed it
/// the same values, if each link it drew comes out the same from that page: links are relative,
/// so the navigation of <c>/meetings/2026/</c> and of <c>/news/</c> differ, but every meeting page's
/// is the same. Output is therefore byte for byte what drawing the partial on each page would give.
/// </summary>
internal sealed class PartialCache
{
    /// <summary>
    /// Enough for every depth and section of a site. A partial that links differently from nearly
    /// every page is drawn afresh past this, rather than searched through and kept.
    /// </summary>
    private const int MostDrawingsOfOneKey = 64;

    private readonly ConcurrentDictionary<string, ImmutableArray<DrawnPartial>> _drawn = new(StringComparer.Ordinal);

    /// <summary>A drawing of the partial under this key that fits the page with these link functions, if there is one.</summary>
    public string? Find(string key, RelativeLinkFunction link, RelativeLinkFunction asset)
    {
        if (_drawn.TryGetValue(key, out var drawings))
        {
            foreach (var drawing in drawings)
            {
                if (drawing.Fits(link, asset))
                {
                    return drawing.Html;
                }
            }
        }

        return null;
    }

    public void Keep(string key, DrawnPartial drawing) =>
        _drawn.AddOrUpdate(key, [drawing], (_, drawings) => drawings.Length < MostDrawingsOfOneKey ? drawings.Add(drawing) : drawings);
}

/// <summary>A partial's HTML and the links it drew, with what each came out as.</summary>
internal sealed record DrawnPartial(string Html, IReadOnlyList<LinkUse> Links)
{
    public bool Fits(RelativeLinkFunction link, RelativeLinkFunction asset)
    {
        foreach (var use in Links)
        {
            if ((use.Asset ? asset : link).Resolve(use.To) != use.Result)
            {
                return false;
            }
        }

        return true;
    }
}
