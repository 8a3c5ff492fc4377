namespace CouncilSite.Settings;

/// <summary>A kind of file a clerk writes settings in: <c>site.yml</c>, <c>meeting.yml</c>, a policy's front matter or description.</summary>
/// <param name="Id">A short name, also the name of its JSON Schema file: <c>meeting</c> is <c>meeting.json</c>.</param>
/// <param name="Title">The kind's heading in docs/settings.md.</param>
/// <param name="Description">Where the settings are written, in plain words.</param>
public sealed record FileKind(string Id, string Title, string Description, SettingGroup Settings)
{
    /// <summary>Settings files of this kind, as paths from the site folder with <c>*</c> for any name: <c>meetings/*/meeting.yml</c>.</summary>
    public IReadOnlyList<string> YamlFiles { get; init; } = [];

    /// <summary>Markdown files whose front matter holds these settings, the same way.</summary>
    public IReadOnlyList<string> MarkdownFiles { get; init; } = [];
}
