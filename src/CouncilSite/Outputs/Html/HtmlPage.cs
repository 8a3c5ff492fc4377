using CouncilSite.Content;
using CouncilSite.Rendering.Markdown;

namespace CouncilSite.Outputs.Html;

/// <summary>One page to render: its address, what every page shows and its layout's own model, which names the layout.</summary>
/// <param name="Section">The navigation item this page sits under, shown as current (e.g. <c>meetings</c>).</param>
/// <param name="Model">The page's own objects for its layout (e.g. a meeting page's <c>meeting</c>).</param>
/// <param name="Body">The clerk's Markdown shown as the page's main text, rendered with links relative to this page.</param>
/// <param name="Alternates">The feeds and calendars the page announces.</param>
/// <param name="Anchors">Ids for blocks of <paramref name="Body"/>, such as the decisions in minutes.</param>
/// <param name="Sources">The clerk's files the page is made from, so that links written to them lead to it; the first answers for its address.</param>
/// <param name="Language">The page's language tag when it is not the site's (a translation); its words and dates are in it.</param>
public sealed record HtmlPage(
    string Address,
    string Title,
    string Section,
    IReadOnlyList<Crumb> Crumbs,
    PageModel Model,
    MarkdownSource? Body = null,
    string? Description = null,
    IReadOnlyList<AlternateLink>? Alternates = null,
    IReadOnlyList<BlockAnchor>? Anchors = null,
    IReadOnlyList<string>? Sources = null,
    string? Language = null);

/// <summary>A step of the breadcrumb trail.</summary>
public sealed record Crumb(string Title, string Address);

/// <summary>A feed or calendar that belongs to a page, announced with <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record AlternateLink(string Title, string Address, string Type);
