using System.Text;

namespace CouncilSite.Settings;

/// <summary>
/// docs/settings.md: every setting of every kind of file, made from the schema the build checks
/// files against, so the reference cannot leave a setting out or describe one the build does not read.
/// </summary>
public static class SettingsReference
{
    public const string File = "docs/settings.md";

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Every setting\n\n");
        text.Append("<!-- Made from src/CouncilSite/Settings/ by SettingsReference.Render(): do not edit it by hand. After changing a setting there,\n");
        text.Append("     run the tests with COUNCILSITE_UPDATE_DOCS=1 to write this page again. -->\n\n");
        text.Append("This page lists every setting CouncilSite reads, file by file. It is made from the same description\n");
        text.Append("that the build checks your files against and that `councilsite schema` gives VS Code, so nothing\n");
        text.Append("is missing from it. [content-format.md](content-format.md) explains the folder and how to write\n");
        text.Append("settings ([Writing settings (YAML)](content-format.md#writing-settings-yaml)).\n\n");
        text.Append("A setting that is not listed here is kept for the theme (as `extra`), with a warning: CS116 when\n");
        text.Append("its name is close to a setting's (another case, a slip of a letter, a word added, or one of the\n");
        text.Append("names in the last column), naming the setting you meant; CS117 otherwise, unless it is at the top\n");
        text.Append("of the file and the theme in use shows it ([messages.md](messages.md)). Either way its value is not\n");
        text.Append("used as a setting until its name is right. A word from a list (\"one of\" below, and `true` or\n");
        text.Append("`false`) may be written in any case: `authority: Parish` is read as `parish`.\n\n");
        text.Append("## In VS Code\n\n");
        text.Append("`councilsite schema <site-folder>` writes a JSON Schema for each kind of file into\n");
        text.Append("`.councilsite/schemas/` in the site folder and names them in `.vscode/settings.json` (keeping\n");
        text.Append("your other settings there). Open the site folder itself in VS Code, with the YAML extension\n");
        text.Append("(redhat.vscode-yaml) installed, and it completes every setting, shows what it means and marks a\n");
        text.Append("setting or value the build would warn about. It checks the settings files: `site.yml`,\n");
        text.Append("`meeting.yml` and the `.yml` descriptions of policies, documents and data. It cannot check the\n");
        text.Append("front matter of Markdown files, nor the `.yml` description of a meeting paper; the build does.\n");
        text.Append("Both folders start with `.`, so they are never published. Run the command again after\n");
        text.Append("updating CouncilSite or changing the theme.\n\n");
        foreach (var kind in SettingsSchema.All)
        {
            Kind(kind, text);
        }

        return text.ToString();
    }

    private static void Kind(FileKind kind, StringBuilder text)
    {
        text.Append($"## {kind.Title}\n\n{kind.Description}\n\n");
        var files = kind.YamlFiles.Select(f => $"`{f}`").Concat(kind.MarkdownFiles.Select(f => $"the front matter of `{f}`")).ToList();
        text.Append($"Files: {string.Join(", ", files)}.\n\n");
        if (kind.Settings.Settings.Count == 0)
        {
            return;
        }

        Table(kind.Settings, text);
        foreach (var setting in kind.Settings.Settings.Where(s => s.Group is not null))
        {
            text.Append($"Under `{setting.Name}:`{Under(setting)}:\n\n");
            Table(setting.Group!, text);
        }

        var example = SettingsExample.Yaml(kind.Settings);
        text.Append("Every setting written out:\n\n");
        text.Append(kind.YamlFiles.Count > 0 ? $"```yaml\n{example}```\n\n" : $"```markdown\n---\n{example}---\n```\n\n");
    }

    private static string Under(Setting setting) => setting.Type switch
    {
        SettingType.GroupList => ", for each item of the list",
        SettingType.NamedGroups => ", for each name",
        _ => "",
    };

    private static void Table(SettingGroup group, StringBuilder text)
    {
        text.Append("| setting | value | meaning | if not given | also written as (warned) |\n| --- | --- | --- | --- | --- |\n");
        foreach (var setting in group.Settings)
        {
            var name = setting.Required ? $"`{setting.Name}` (required)" : $"`{setting.Name}`";
            var others = string.Join(", ", setting.AlsoWrittenAs.Select(a => $"`{a}`"));
            text.Append($"| {name} | {Value(setting)} | {Cell(setting.Description)} | {Cell(setting.Default ?? "")} | {others} |\n");
        }

        text.Append('\n');
    }

    private static string Value(Setting setting) => setting.PerLanguage ? ValueOf(setting) + ", or one per language" : ValueOf(setting);

    private static string ValueOf(Setting setting) => setting.Type switch
    {
        SettingType.Text => "text",
        SettingType.Date => "date, YYYY-MM-DD",
        SettingType.Time => "time, HH:MM",
        SettingType.TrueFalse => "`true` or `false`",
        SettingType.WholeNumber => "whole number",
        SettingType.OneOf => "one of " + string.Join(", ", setting.Allowed.Select(a => $"`{a}`")),
        SettingType.TextList => "list",
        SettingType.Group => "settings (below)",
        SettingType.GroupList => "list of settings (below)",
        SettingType.NamedGroups => "names of your choosing, each with settings (below)",
        _ => throw new InvalidOperationException($"No words for {setting.Type}."),
    };

    private static string Cell(string text) => text.Replace("|", "\\|");
}
