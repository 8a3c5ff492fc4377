using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// Draws an empty cell of a table's header row as <c>&lt;td&gt;</c>. Clerks leave the corner
/// above a column of row names empty (<c>| | 2025-26 | 2026-27 |</c>); Markdig draws every cell of
/// that row as <c>&lt;th&gt;</c>, and a header with no text names nothing: axe reports it
/// (empty-table-header, WCAG 1.3.1) and a screen reader announces a blank header. The WAI tables
/// tutorial draws such a corner as an empty <c>&lt;td&gt;</c>, which is what this does; every
/// other cell keeps its header. No words are made up for the cell, which would be read aloud.
/// </summary>
internal sealed partial class EmptyHeaderCells : HtmlTableRenderer
{
    internal static void Install(HtmlRenderer renderer) => renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new EmptyHeaderCells());

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        // Markdig writes the cells' tags itself: the table is drawn aside, then its empty headers changed and its inline styles taken out (TableColumns).
        var writer = renderer.Writer;
        var aside = new StringWriter(CultureInfo.InvariantCulture);
        renderer.Writer = aside;
        try
        {
            base.Write(renderer, table);
        }
        finally
        {
            renderer.Writer = writer;
        }

        // Markdig ended the table with a line break: written as one again, so the next block does not add another.
        var html = TableColumns.WithoutStyles(EmptyHeader().Replace(aside.ToString(), "<td$1></td>"));
        renderer.WriteLine(html.EndsWith('\n') ? html[..^1] : html);
    }

    /// <summary>A header cell with nothing in it, with the alignment Markdig may give it.</summary>
    [GeneratedRegex(@"<th((?: style=""[^""<>]*"")?)>\s*</th>")]
    private static partial Regex EmptyHeader();
}
