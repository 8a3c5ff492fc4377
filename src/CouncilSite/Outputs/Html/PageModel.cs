namespace CouncilSite.Outputs.Html;

/// <summary>
/// What one layout is given besides <c>site</c> and <c>page</c>: each layout has its own record,
/// which names the layout. Every property but <see cref="Layout"/> is a template variable, named
/// as Scriban names members (<c>RecentYears</c> is <c>recent_years</c>), so a record's properties
/// are the objects docs/themes.md lists for its layout.
/// </summary>
public abstract record PageModel
{
    /// <summary>The theme file that draws the page's own part, e.g. <c>layouts/meeting.html</c>.</summary>
    public abstract string Layout { get; }
}
