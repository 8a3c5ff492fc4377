using System.Globalization;
using System.Net;
using System.Text;
using CouncilSite.Data.Values;
using CouncilSite.Outputs.Html;

namespace CouncilSite.Data.Charts;

/// <summary>One bar: its short label under the bar, and its full name for the text alternative.</summary>
public sealed record Bar(string ShortLabel, string Label, decimal Value);

/// <summary>
/// A bar chart of money drawn as inline SVG when the site is built: no script, nothing fetched.
/// It is an image to assistive technology (<c>role="img"</c>) named by its title and summarised by
/// its description, and the page puts a table of the same figures beside it. The bars are the
/// theme's dark blue on white (8.6:1, well above the 3:1 that WCAG asks of graphics) and the text
/// is near-black.
/// </summary>
public static class BarChart
{
    private const int Width = 720;
    private const int Height = 320;
    private const int Left = 80;
    private const int Right = 10;
    private const int Top = 16;
    private const int Bottom = 48;
    private const string BarColour = "#1d4f76";
    private const string TextColour = "#0b0c0c";
    private const string GridColour = "#b1b4b6";

    /// <param name="id">Unique on the page; the title and description get ids made from it.</param>
    /// <param name="format">The words of the page's language, for the description.</param>
    public static string Render(string id, string title, IReadOnlyList<Bar> bars, string whatTheTableHolds, Format format)
    {
        var svg = new StringBuilder();
        var description = Describe(bars, title, whatTheTableHolds, format);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(description)}</desc>\n");
        if (bars.Count == 0)
        {
            return svg.Append("</svg>").ToString();
        }

        var low = Math.Min(0m, bars.Min(b => b.Value));
        var high = Math.Max(0m, bars.Max(b => b.Value));
        var step = NiceStep(high - low == 0 ? 1 : high - low);
        low = Math.Floor(low / step) * step;
        high = Math.Max(Math.Ceiling(high / step) * step, low + step);
        var plot = Height - Top - Bottom;
        double Y(decimal value) => Top + (double)((high - value) / (high - low)) * plot;

        svg.Append(CultureInfo.InvariantCulture, $"<g font-family=\"system-ui, sans-serif\" font-size=\"13\" fill=\"{TextColour}\">\n");
        for (var tick = low; tick <= high; tick += step)
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"{(tick == 0 ? TextColour : GridColour)}\" stroke-width=\"1\"/>\n");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Escape(NumberText.Money(tick, 0))}</text>\n");
        }

        var slot = (double)(Width - Left - Right) / bars.Count;
        var barWidth = Math.Max(1, slot * 0.7);
        var labelEvery = (int)Math.Ceiling(bars.Count / 12.0);
        for (var i = 0; i < bars.Count; i++)
        {
            var x = Left + (slot * i) + ((slot - barWidth) / 2);
            var top = Y(Math.Max(bars[i].Value, 0));
            var bottom = Y(Math.Min(bars[i].Value, 0));
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x:0.#}\" y=\"{top:0.#}\" width=\"{barWidth:0.#}\" height=\"{Math.Max(bottom - top, 0.5):0.#}\" fill=\"{BarColour}\"/>\n");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{x + (barWidth / 2):0.#}\" y=\"{Height - Bottom + 20}\" text-anchor=\"middle\">{Escape(bars[i].ShortLabel)}</text>\n");
            }
        }

        return svg.Append("</g>\n</svg>").ToString();
    }

    /// <summary>The text alternative: what the chart shows and its extremes; the table beside it gives every figure.</summary>
    public static string Describe(IReadOnlyList<Bar> bars, string title, string whatTheTableHolds, Format format)
    {
        if (bars.Count == 0)
        {
            return format.Text("chart.no_figures", ("title", title));
        }

        var highest = bars.OrderByDescending(b => b.Value).First();
        var lowest = bars.OrderBy(b => b.Value).First();
        var span = bars.Count == 1 ? bars[0].Label : format.Text("dates.range", ("first", bars[0].Label), ("last", bars[^1].Label));
        return format.Text("chart.description",
            ("title", title.ToLowerInvariant()), ("span", span), ("highest", highest.Label), ("highest_amount", format.Money(highest.Value)),
            ("lowest", lowest.Label), ("lowest_amount", format.Money(lowest.Value)), ("table", whatTheTableHolds));
    }

    /// <summary>A gridline step of 1, 2 or 5 times a power of ten giving four to ten lines.</summary>
    private static decimal NiceStep(decimal range)
    {
        var raw = range / 5;
        var power = 1m;
        while (power * 10 <= raw)
        {
            power *= 10;
        }

        while (power > raw && power > 0.01m)
        {
            power /= 10;
        }

        foreach (var factor in new[] { 1m, 2m, 5m, 10m })
        {
            if (power * factor >= raw)
            {
                return power * factor;
            }
        }

        return power * 10;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
