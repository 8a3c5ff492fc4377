namespace CouncilSite.Settings;

/// <summary>What kind of value a setting takes, as a clerk writes it.</summary>
public enum SettingType
{
    /// <summary>A single value on the same line: <c>title: Standing Orders</c>.</summary>
    Text,

    /// <summary>A date written YYYY-MM-DD.</summary>
    Date,

    /// <summary>A time written HH:MM on the 24-hour clock.</summary>
    Time,

    /// <summary><c>true</c> or <c>false</c> (<c>yes</c>/<c>no</c> and <c>on</c>/<c>off</c> are accepted).</summary>
    TrueFalse,

    WholeNumber,

    /// <summary>One of the words in <see cref="Setting.Allowed"/>.</summary>
    OneOf,

    /// <summary>A list, one item a line starting <c>- </c>; a single value is a list of one.</summary>
    TextList,

    /// <summary>Indented settings of their own (<see cref="Setting.Group"/>): <c>clerk:</c>.</summary>
    Group,

    /// <summary>A list of groups of settings, each item starting <c>- </c>: <c>committees:</c>.</summary>
    GroupList,

    /// <summary>Names the clerk chooses, each with a group of settings (<see cref="Setting.Group"/>): a dataset's <c>columns:</c>.</summary>
    NamedGroups,
}

/// <summary>One setting a clerk may write, described once for the loaders, the messages, the editor's schema and the docs.</summary>
/// <param name="Name">The name as written before the colon.</param>
/// <param name="Description">What it means, in plain words for a clerk.</param>
public sealed record Setting(string Name, SettingType Type, string Description)
{
    public bool Required { get; init; }

    /// <summary>For <see cref="SettingType.OneOf"/>: the words it may take.</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>
    /// The value as written after <c>name: </c> (a list's lines below it), from example-site/ where it has one; for
    /// named groups, an example name. Groups have none: their settings' examples make theirs.
    /// </summary>
    public string? Example { get; init; }

    /// <summary>What CouncilSite takes when the setting is not written, in words.</summary>
    public string? Default { get; init; }

    /// <summary>Other names a clerk might give it (<c>venue</c> for <c>location</c>): warned of with the right name, never read.</summary>
    public IReadOnlyList<string> AlsoWrittenAs { get; init; } = [];

    /// <summary>For a group, a list of groups, or named groups: the settings inside (each item's, each name's).</summary>
    public SettingGroup? Group { get; init; }

    /// <summary>A setting written instead of this one, never beside it (<c>languages</c> for <c>language</c>); examples show this one.</summary>
    public string? Replaces { get; init; }

    public bool HasGroup => Type is SettingType.Group or SettingType.GroupList or SettingType.NamedGroups;

    /// <summary>
    /// True for words residents read (a title, a name, a place): on a site in more than one
    /// language, the setting may give one value per language (<c>name: {en: Full Council, cy: Y Cyngor Llawn}</c>),
    /// and a translation file may set its own.
    /// </summary>
    public bool PerLanguage => Type is SettingType.Text or SettingType.TextList && WordsResidentsRead.Contains(Name);

    private static readonly HashSet<string> WordsResidentsRead =
        ["title", "name", "description", "summary", "role", "ward", "location", "address", "photo_alt", "responsibilities", "known_issues", "publisher"];
}
