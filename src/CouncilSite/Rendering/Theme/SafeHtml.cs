namespace CouncilSite.Rendering.Theme;

/// <summary>
/// HTML the library made and vouches for: a clerk's Markdown rendered and cleaned, a drawn
/// partial or layout, the JSON-LD and styles of a page, a chart. A template prints it as it is;
/// every other value a template prints is escaped first (see <see cref="EscapingContext"/>).
/// </summary>
public sealed record SafeHtml(string Html)
{
    public static SafeHtml? Of(string? html) => html is null ? null : new SafeHtml(html);

    /// <summary>What Scriban's string functions see when a template passes this on.</summary>
    public override string ToString() => Html;
}

/// <summary>
/// Text a template escaped itself with <c>html.escape</c>: fit for the text of an element and for
/// a quoted attribute, as before, but never for a script, a style or the inside of a tag.
/// </summary>
internal sealed record EscapedText(string Html)
{
    public override string ToString() => Html;
}
