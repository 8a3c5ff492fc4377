using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using YamlDotNet.RepresentationModel;

namespace CouncilSite.Yaml;

/// <summary>
/// Warns of every setting in a file that its schema does not declare, at any depth. A value at the
/// top of a file is kept for themes (as <c>extra</c>) but never taken for the setting it resembles:
/// the clerk corrects the name, so what the file says and what the site shows stay the same.
/// </summary>
internal static class UnknownSettings
{
    private const string NotUsed = "Until then CouncilSite does not use this value.";

    /// <param name="top">True for the settings at the top of a file, the only ones a theme can show (as <c>extra</c>).</param>
    public static void Check(YamlMappingNode map, SettingGroup settings, string file, int firstLine, DiagnosticBag diagnostics, bool top = true)
    {
        // Each unknown name asks which settings are already written: looked up once, so a file of
        // thousands of unknown settings costs thousands of steps, not millions.
        var written = Written(map, firstLine);
        int? LineOf(string name) => written.TryGetValue(name, out var at) ? at : null;
        foreach (var (keyNode, value) in map.Children)
        {
            var line = (int)keyNode.Start.Line + firstLine - 1;
            var column = (int)keyNode.Start.Column;
            if (keyNode is not YamlScalarNode { } scalar)
            {
                diagnostics.Warning(file, line, column, DiagnosticCodes.SettingUnused,
                    $"The name before the colon on line {line} is a list or a group, so it cannot be read as a setting name; CouncilSite does not use this setting.",
                    "Write a plain name before the colon, e.g. 'title: Standing Orders', or remove the setting.");
                continue;
            }

            var key = scalar.Value ?? "";
            if (string.IsNullOrWhiteSpace(key))
            {
                diagnostics.Warning(file, line, column, DiagnosticCodes.SettingUnused,
                    $"Line {line} has a setting with no name before its colon, so CouncilSite does not use it.",
                    "Write the setting's name before the colon (docs/settings.md lists them), or remove the line.");
                continue;
            }

            if (settings.Find(key) is { } setting)
            {
                Within(setting, value, file, firstLine, diagnostics);
                continue;
            }

            if (settings.Settings.FirstOrDefault(s => SettingGroup.IsOtherName(s, key) && LineOf(s.Name) is not null) is { } twice)
            {
                var at = LineOf(twice.Name);
                diagnostics.Warning(file, line, column, DiagnosticCodes.SettingMisnamed,
                    $"'{key}' is not a setting of {settings.Of}, and the setting it stands for, '{twice.Name}', is already set on line {at}.",
                    $"Keep one of the two: remove line {line}, or move its value to '{twice.Name}:' on line {at} and then remove line {line}. {NotUsed}");
            }

            // Suggest only a name the clerk can rename this line to: one not already set, taking a value like this one.
            else if (settings.Near(key, s => LineOf(s.Name) is null && Fits(s, value)) is { } near)
            {
                diagnostics.Warning(file, line, column, DiagnosticCodes.SettingMisnamed,
                    $"'{key}' is not a setting of {settings.Of}; did you mean '{near.Name}'?",
                    $"Change '{key}:' to '{near.Name}:' on line {line}. {NotUsed}");
            }
            else if (settings.Settings.FirstOrDefault(s => s.Type == SettingType.Group && s.Group!.Find(key) is not null) is { } group)
            {
                var under = LineOf(group.Name) is { } groupLine
                    ? $"Move it under '{group.Name}:' on line {groupLine}, indented with two spaces like the group's other settings."
                    : $"Write '{group.Name}:' on a line of its own and indent '{key}:' under it with two spaces.";
                Unused(file, line, column, key, top, diagnostics,
                    $"'{key}' is not a setting of {settings.Of} itself but of '{group.Name}', so CouncilSite does not use it here.",
                    under);
            }
            else
            {
                var shown = top ? $"; it only shows where a theme uses it as 'extra.{key}'" : "";
                Unused(file, line, column, key, top, diagnostics,
                    $"'{key}' is not a setting of {settings.Of}, so CouncilSite does not use it{shown}.",
                    "Check the name against docs/settings.md, or remove the line if nothing needs it.");
            }
        }
    }

    /// <summary>CS117; at the top of a file a theme may show the setting, which takes the warning back (<see cref="Diagnostic.UnusedSetting"/>).</summary>
    private static void Unused(string file, int line, int column, string key, bool top, DiagnosticBag diagnostics, string message, string hint) =>
        diagnostics.Add(new Diagnostic(Severity.Warning, file, line, column, DiagnosticCodes.SettingUnused, message, hint)
        {
            UnusedSetting = top ? key : null,
        });

    /// <summary>The line each setting is first written on in this mapping.</summary>
    private static Dictionary<string, int> Written(YamlMappingNode map, int firstLine)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            lines.TryAdd(key.Value ?? "", (int)key.Start.Line + firstLine - 1);
        }

        return lines;
    }

    /// <summary>Whether a value as written could be the setting's: a single value for a single value, indented settings for a group, a list for a list.</summary>
    private static bool Fits(Setting setting, YamlNode value) => value switch
    {
        YamlScalarNode { Value: null or "" } => true,
        YamlMappingNode => setting.Type is SettingType.Group or SettingType.NamedGroups,
        YamlSequenceNode => setting.Type is SettingType.GroupList or SettingType.TextList,
        _ => !setting.HasGroup,
    };

    /// <summary>The settings inside a group, each item of a list of groups, or each of named groups.</summary>
    private static void Within(Setting setting, YamlNode value, string file, int firstLine, DiagnosticBag diagnostics)
    {
        switch (setting.Type, value)
        {
            case (SettingType.Group, YamlMappingNode map):
                Check(map, setting.Group!, file, firstLine, diagnostics, top: false);
                break;
            case (SettingType.GroupList, YamlSequenceNode list):
                foreach (var item in list.Children.OfType<YamlMappingNode>())
                {
                    Check(item, setting.Group!, file, firstLine, diagnostics, top: false);
                }

                break;
            case (SettingType.NamedGroups, YamlMappingNode named):
                foreach (var group in named.Children.Values.OfType<YamlMappingNode>())
                {
                    Check(group, setting.Group!, file, firstLine, diagnostics, top: false);
                }

                break;
        }
    }
}
