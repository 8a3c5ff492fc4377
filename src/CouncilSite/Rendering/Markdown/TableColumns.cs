using System.Text.RegularExpressions;

namespace CouncilSite.Rendering.Markdown;

/// <summary>
/// A table's columns without inline styles, which a Content-Security-Policy of
/// <c>style-src 'self'</c> refuses (so a budget's figures would lose their alignment on such a
/// host). A column the clerk aligns (<c>|---:|</c>) gets a class, <c>align-left</c>,
/// <c>align-center</c> or <c>align-right</c>, styled by the theme's style sheet. The widths Markdig
/// gives a grid table's columns are dropped: they measure the dashes the clerk typed, not the words.
/// </summary>
internal static partial class TableColumns
{
    /// <summary>The table's HTML, as Markdig drew it, with each cell's alignment a class and no column width.</summary>
    internal static string WithoutStyles(string tableHtml) =>
        GridWidth().Replace(Alignment().Replace(tableHtml, "<$1 class=\"align-$2\""), "<col");

    [GeneratedRegex(@"<(th|td) style=""text-align: (left|center|right);""")]
    private static partial Regex Alignment();

    [GeneratedRegex(@"<col style=""width:[0-9.]*%""")]
    private static partial Regex GridWidth();
}
