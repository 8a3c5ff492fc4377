namespace CouncilSite.Settings;

/// <summary>The settings of one mapping: a whole file's, or those indented under a setting such as <c>clerk:</c>.</summary>
/// <param name="Of">What the settings belong to, to finish "is not a setting of ...": <c>minutes</c>, <c>'clerk' in site.yml</c>.</param>
public sealed record SettingGroup(string Of, IReadOnlyList<Setting> Settings)
{
    public Setting? Find(string name) => Settings.FirstOrDefault(s => s.Name == name);

    /// <summary>The setting a name is near (a slip, another case, a word added) or another name of; null when none.</summary>
    public Setting? Near(string name)
    {
        var synonym = Settings.FirstOrDefault(s => s.AlsoWrittenAs.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));
        return synonym ?? (Diagnostics.NearestName.For(name, Settings.Select(s => s.Name)) is { } near ? Find(near) : null);
    }
}
