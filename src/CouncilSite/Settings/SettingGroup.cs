using System.Collections.Frozen;

namespace CouncilSite.Settings;

/// <summary>The settings of one mapping: a whole file's, or those indented under a setting such as <c>clerk:</c>.</summary>
/// <param name="Of">What the settings belong to, to finish "is not a setting of ...": <c>minutes</c>, <c>'clerk' in site.yml</c>.</param>
public sealed record SettingGroup(string Of, IReadOnlyList<Setting> Settings)
{
    // Every key of every file is looked up here, so by name rather than along the list.
    private readonly FrozenDictionary<string, Setting> _byName = Settings.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

    public Setting? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The setting a name is near (a slip, another case, a word added) or another name of; null when none.</summary>
    /// <param name="candidate">Which settings may be suggested (one the clerk could rename this line to); all when not given.</param>
    public Setting? Near(string name, Func<Setting, bool>? candidate = null)
    {
        var settings = Settings.Where(candidate ?? (_ => true)).ToList();
        var synonym = settings.FirstOrDefault(s => IsOtherName(s, name));
        return synonym ?? (Diagnostics.NearestName.For(name, settings.Select(s => s.Name)) is { } near ? Find(near) : null);
    }

    /// <summary>True when a name is the setting's own in another case, or one of its other names.</summary>
    public static bool IsOtherName(Setting setting, string name) =>
        string.Equals(setting.Name, name, StringComparison.OrdinalIgnoreCase) ||
        setting.AlsoWrittenAs.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
}
