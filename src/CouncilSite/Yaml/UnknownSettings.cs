using CouncilSite.Diagnostics;
using CouncilSite.Settings;
using YamlDotNet.RepresentationModel;

namespace CouncilSite.Yaml;

/// <summary>
/// Warns of every setting in a file that its schema does not declare, at any depth. The value is
/// kept for themes (as <c>extra</c>) but never taken for the setting it resembles: the clerk
/// corrects the name, so what the file says and what the site shows stay the same.
/// </summary>
internal static class UnknownSettings
{
    public static void Check(YamlMappingNode map, SettingGroup settings, string file, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                continue;
            }

            if (settings.Find(key) is { } setting)
            {
                Within(setting, value, file, firstLine, diagnostics);
                continue;
            }

            var line = (int)keyNode.Start.Line + firstLine - 1;
            var column = (int)keyNode.Start.Column;
            if (settings.Near(key) is { } near)
            {
                diagnostics.Warning(file, line, column, DiagnosticCodes.SettingMisnamed,
                    $"'{key}' is not a setting of {settings.Of}; did you mean '{near.Name}'?",
                    $"Change '{key}:' to '{near.Name}:' on line {line}. Until then CouncilSite does not use this value.");
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, file, line, column, DiagnosticCodes.SettingUnused,
                    $"'{key}' is not a setting of {settings.Of}, so CouncilSite does not use it; it only shows where a theme uses it as 'extra.{key}'.",
                    "Check the name against docs/settings.md, or remove the line if nothing needs it.")
                {
                    UnusedSetting = key,
                });
            }
        }
    }

    /// <summary>The settings inside a group, each item of a list of groups, or each of named groups.</summary>
    private static void Within(Setting setting, YamlNode value, string file, int firstLine, DiagnosticBag diagnostics)
    {
        switch (setting.Type, value)
        {
            case (SettingType.Group, YamlMappingNode map):
                Check(map, setting.Group!, file, firstLine, diagnostics);
                break;
            case (SettingType.GroupList, YamlSequenceNode list):
                foreach (var item in list.Children.OfType<YamlMappingNode>())
                {
                    Check(item, setting.Group!, file, firstLine, diagnostics);
                }

                break;
            case (SettingType.NamedGroups, YamlMappingNode named):
                foreach (var group in named.Children.Values.OfType<YamlMappingNode>())
                {
                    Check(group, setting.Group!, file, firstLine, diagnostics);
                }

                break;
        }
    }
}
