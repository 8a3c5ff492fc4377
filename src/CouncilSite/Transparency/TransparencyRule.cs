namespace CouncilSite.Transparency;

/// <summary>How a rule is checked against the site.</summary>
public enum RuleCheck
{
    /// <summary>
    /// Documents of the rule's categories and datasets of its schemas whose years or periods
    /// together cover the year (or quarter) that is due.
    /// </summary>
    Published,

    /// <summary>A councillor-responsibilities document for the year, or councillors' pages that give roles and responsibilities.</summary>
    CouncillorResponsibilities,

    /// <summary>An agenda for every meeting of the last twelve months, and for any meeting in the next three days.</summary>
    Agendas,

    /// <summary>Minutes (draft or approved) for every meeting held more than a month ago, within the last twelve months.</summary>
    DraftMinutes,

    /// <summary>Listed so the council sees it, but nothing in the site folder can show whether it is met.</summary>
    NotChecked,
}

/// <summary>
/// One item a transparency regime asks councils to publish, and how to tell from the site folder
/// whether it is there and current.
/// </summary>
/// <param name="Id">Stable, for tests and for the anchors of the transparency page.</param>
/// <param name="Requirement">What the law asks, in a sentence.</param>
/// <param name="Source">Where it is asked.</param>
/// <param name="Required">False for items that apply only to some councils (a procurement card, grants made): never a failure of <c>check --strict</c>.</param>
/// <param name="Quarterly">Due quarter by quarter rather than year by year.</param>
/// <param name="DueMonths">
/// When an item is due, in months after the end of the year (or quarter) it covers: 3 for the
/// annual accounts (due by 1 July for a year ending 31 March); negative for items due during their
/// own year, such as councillors' responsibilities (due after the annual meeting in May).
/// </param>
/// <param name="RequiredColumn">A column the datasets must have to count (the merchant category of card payments).</param>
/// <param name="Current">What "current" means for this item, shown on the transparency page.</param>
public sealed record TransparencyRule(
    string Id,
    string Title,
    string Requirement,
    string Source,
    RuleCheck Check,
    bool Required,
    string Current,
    IReadOnlyList<string>? DocumentCategories = null,
    IReadOnlyList<string>? DatasetSchemas = null,
    bool Quarterly = false,
    int DueMonths = 3,
    string? RequiredColumn = null);

/// <summary>A regime of site.yml's <c>transparency:</c> and the items it asks for.</summary>
public sealed record TransparencyRegime(string Id, string Name, string? Url, IReadOnlyList<TransparencyRule> Rules);
