using System.Text;

namespace CouncilSite.Settings;

/// <summary>Settings written out with every setting of a group and its example, at any depth, as a clerk would write them.</summary>
public static class SettingsExample
{
    public static string Yaml(SettingGroup group) => Write(group, "", new StringBuilder()).ToString();

    private static StringBuilder Write(SettingGroup group, string indent, StringBuilder text)
    {
        // Of two ways to write the same thing, the example shows the one that takes the other's place.
        var replaced = group.Settings.Select(s => s.Replaces).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var setting in group.Settings.Where(s => !replaced.Contains(s.Name)))
        {
            switch (setting.Type)
            {
                case SettingType.Group:
                    text.Append($"{indent}{setting.Name}:\n");
                    Write(setting.Group!, indent + "  ", text);
                    break;
                case SettingType.GroupList:
                    // The first setting of the item follows its '- ', the rest line up under it.
                    var item = Write(setting.Group!, indent + "    ", new StringBuilder()).ToString();
                    text.Append($"{indent}{setting.Name}:\n{indent}  - {item[(indent.Length + 4)..]}");
                    break;
                case SettingType.NamedGroups:
                    text.Append($"{indent}{setting.Name}:\n{indent}  {setting.Example}:\n");
                    Write(setting.Group!, indent + "    ", text);
                    break;
                default:
                    var example = setting.Example!.Replace("\n", "\n" + indent);
                    text.Append($"{indent}{setting.Name}:{(example.StartsWith('\n') ? "" : " ")}{example}\n");
                    break;
            }
        }

        return text;
    }
}
