namespace CouncilSite.Settings;

/// <summary>
/// Every kind of file a clerk writes settings in, and every setting: the one description the
/// loaders read by, the unknown-setting warnings check against, and the editor's JSON Schema and
/// docs/settings.md are made from.
/// </summary>
public static class SettingsSchema
{
    public static IReadOnlyList<FileKind> All { get; } =
    [
        SiteSettings.Kind,
        MeetingSettings.Meeting,
        MeetingSettings.Agenda,
        MeetingSettings.Minutes,
        MeetingSettings.Paper,
        ContentSettings.Page,
        ContentSettings.Policy,
        ContentSettings.Councillor,
        ContentSettings.News,
        ContentSettings.Document,
        ContentSettings.DocumentPage,
        ContentSettings.Dataset,
    ];
}
