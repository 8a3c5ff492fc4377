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

/// <summary>Where the law asks for an item, as the checklist cites it.</summary>
/// <param name="Key">Its string under <c>transparency_source</c>, e.g. <c>smaller_code</c>.</param>
/// <param name="Legislation">
/// The official title of the legislation the string names as <c>{title}</c>, for an Act or
/// regulations made in English only: every language shows it as it is, marked as English.
/// </param>
public sealed record RuleSource(string Key, string? Legislation = null);

/// <summary>
/// One item a transparency regime asks councils to publish, and how to tell from the site folder
/// whether it is there and current. Its words are strings of the theme (see <see cref="TransparencyWords"/>),
/// so each language's transparency page shows them in that language.
/// </summary>
/// <param name="Id">Stable, for tests and for the anchors of the transparency page.</param>
/// <param name="Source">Where it is asked.</param>
/// <param name="Required">False for items that apply only to some councils (a procurement card, grants made): never a failure of <c>check --strict</c>.</param>
/// <param name="Current">
/// The string under <c>transparency_current</c> saying what "current" means for this item, shown
/// on the transparency page; items that are current alike share one.
/// </param>
/// <param name="Quarterly">Due quarter by quarter rather than year by year.</param>
/// <param name="DueMonths">
/// When an item is due, in months after the end of the year (or quarter) it covers: 3 for the
/// annual accounts (due by 1 July for a year ending 31 March); negative for items due during their
/// own year, such as councillors' responsibilities (due after the annual meeting in May).
/// </param>
/// <param name="RequiredColumn">A column the datasets must have to count (the merchant category of card payments).</param>
/// <param name="Words">
/// The group under <c>transparency_rule</c> of its title and what it requires, where it is not
/// <paramref name="Id"/>: the same item under another id in another regime.
/// </param>
public sealed record TransparencyRule(
    string Id,
    RuleSource Source,
    RuleCheck Check,
    bool Required,
    string Current,
    IReadOnlyList<string>? DocumentCategories = null,
    IReadOnlyList<string>? DatasetSchemas = null,
    bool Quarterly = false,
    int DueMonths = 3,
    string? RequiredColumn = null,
    string? Words = null);

/// <summary>A regime of site.yml's <c>transparency:</c> and the items it asks for; its name is the string <c>transparency_regime.&lt;id&gt;</c>.</summary>
public sealed record TransparencyRegime(string Id, string? Url, IReadOnlyList<TransparencyRule> Rules);
