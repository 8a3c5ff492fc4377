namespace CouncilSite.Transparency;

public enum ItemStatus
{
    /// <summary>Published and covering the year (or quarter, or meetings) now due.</summary>
    Current,

    /// <summary>Something is published, but not for the year now due (or some meetings lack papers).</summary>
    OutOfDate,

    Missing,

    /// <summary>Nothing in the site folder can show whether it is met.</summary>
    NotChecked,
}

/// <summary>A document, dataset or page that meets (part of) an item.</summary>
/// <param name="Covers">The year or dates it covers, when known.</param>
public sealed record Evidence(string Title, string Address, string? Covers);

/// <summary>One line of the checklist.</summary>
/// <param name="Title">The item's title in the language of the report.</param>
/// <param name="Covers">The latest year (or period) that is published, e.g. <c>2025-26</c>.</param>
/// <param name="Explanation">Why the item has its status, and what to do when it is not current.</param>
public sealed record ChecklistItem(TransparencyRule Rule, string Title, ItemStatus Status, string? Covers, IReadOnlyList<Evidence> Evidence, string Explanation)
{
    public string StatusText => StatusName(Status);

    /// <summary>Required and not present and current: what <c>check --strict</c> fails on.</summary>
    public bool Fails => Rule.Required && Status is ItemStatus.Missing or ItemStatus.OutOfDate;

    public static string StatusName(ItemStatus status) => status switch
    {
        ItemStatus.Current => "Present and current",
        ItemStatus.OutOfDate => "Out of date",
        ItemStatus.Missing => "Missing",
        _ => "Not checked",
    };
}

/// <summary>The checklist of a regime for a site on a given day.</summary>
/// <param name="RegimeName">The regime's name in the language of the report.</param>
/// <param name="LatestEndedYear">The last financial year that had ended on <paramref name="Today"/>.</param>
public sealed record TransparencyReport(TransparencyRegime Regime, string RegimeName, DateOnly Today, FinancialYear LatestEndedYear, IReadOnlyList<ChecklistItem> Items)
{
    public bool Fails => Items.Any(i => i.Fails);

    public int Count(ItemStatus status) => Items.Count(i => i.Status == status);
}
