using System.Globalization;
using CouncilSite.Diagnostics;
using CouncilSite.Site;
using CouncilSite.Settings;
using YamlDotNet.RepresentationModel;

namespace CouncilSite.Yaml;

/// <summary>
/// Typed access to one YAML mapping. Each getter reports a wrong value with its own line and a
/// hint, and returns null so the loader can carry on and find the clerk's other mistakes too.
/// Keys that no getter asked for are kept in <see cref="Extra"/> for templates.
/// Each mapping is read by the <see cref="SettingGroup"/> that describes it: a getter asked for a
/// setting the group does not declare, or as another type, throws, so a loader cannot drift from
/// the schema that the warnings, the editor's JSON Schema and docs/settings.md are made from.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode? _map;
    private readonly int _firstLine;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>The settings this mapping may hold.</summary>
    private readonly SettingGroup _settings;

    /// <summary>True for a mapping of names the clerk chooses (a dataset's columns), each a group of <see cref="_settings"/>.</summary>
    private readonly bool _namesFree;

    /// <summary>The site's languages and the one being read, which picks a per-language value; null where none may be given.</summary>
    private readonly SiteLanguages? _languages;

    /// <summary>For a translation's front matter: the original's settings, which give every setting the translation may not set.</summary>
    private readonly YamlFields? _original;

    internal YamlFields(YamlMappingNode? map, string file, int firstLine, DiagnosticBag diagnostics, SettingGroup settings, bool namesFree = false,
        SiteLanguages? languages = null, YamlFields? original = null)
    {
        _map = map;
        File = file;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
        _settings = settings;
        _namesFree = namesFree;
        _languages = languages;
        _original = original;
    }

    /// <summary>The same settings read in one of the site's languages: a value given per language (<c>{en: ..., cy: ...}</c>) gives that language's.</summary>
    public YamlFields In(SiteLanguages languages) => new(_map, File, _firstLine, _diagnostics, _settings, _namesFree, languages, _original);

    /// <summary>
    /// A translation's settings over its original's: the translation's own words for the settings
    /// residents read (<see cref="Setting.PerLanguage"/>), the original's for everything else
    /// (dates, status, committee). A translation that sets one of those is warned, and not read.
    /// </summary>
    public YamlFields Over(YamlFields original)
    {
        foreach (var key in Keys)
        {
            if (_settings.Find(key) is { PerLanguage: false })
            {
                _diagnostics.Warning(File, LineOf(key), 1, DiagnosticCodes.TranslationSetsSetting,
                    $"A translation takes '{key}' from the file it translates ({original.File}), so this line is not read.",
                    OwnWordsHint(key, original.File));
            }
        }

        return new(_map, File, _firstLine, _diagnostics, _settings, _namesFree, _languages, original);
    }

    /// <summary>What to do instead, naming only the settings of this kind of file a translation may give (minutes have no title).</summary>
    private string OwnWordsHint(string key, string original)
    {
        var own = _settings.Settings.Where(s => s.PerLanguage).Select(s => $"'{s.Name}'").ToList();
        return $"Delete the line here, and change '{key}' in {original} if it is wrong: "
            + (own.Count == 0 ? "a translation of this kind of file gives only its text." : $"a translation may set only the words residents read: {string.Join(", ", own)}.");
    }

    /// <summary>The settings that answer for <paramref name="key"/>: the original's, unless this translation gives its own words.</summary>
    private YamlFields? Inherited(string key) =>
        _original is not null && !(_settings.Find(key) is { PerLanguage: true } && Find(key) is not null) ? _original : null;

    internal static YamlFields Empty(string file, int firstLine, DiagnosticBag diagnostics, SettingGroup settings) =>
        new(null, file, firstLine, diagnostics, settings);

    public string File { get; }

    /// <summary>The line of a key, or of the start of the mapping when the key is absent.</summary>
    public int LineOf(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.LineOf(key);
        }

        Declared(key);
        var entry = Find(key);
        if (entry is { } e)
        {
            return Line(e.Key);
        }

        return _map is null ? _firstLine : Line(_map);
    }

    /// <summary>The column where a key's value starts, so a message points at the value to change.</summary>
    public int ValueColumn(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.ValueColumn(key);
        }

        Declared(key);
        return Find(key) is { } e ? (int)e.Value.Start.Column : 1;
    }

    public bool Has(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.Has(key);
        }

        Declared(key);
        return Find(key) is not null;
    }

    /// <summary>A setting's text (or a one-of setting's word as written, for a loader that checks it itself).</summary>
    public string? String(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.String(key);
        }

        Declared(key, SettingType.Text, SettingType.OneOf);
        return Text(key);
    }

    private string? Text(string key)
    {
        var node = InLanguage(key, Node(key));
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                var value = scalar.Value?.Trim();
                if (ControlCharacters.First(value) is { } control)
                {
                    // No page can show one, and a feed or sitemap cannot hold it at all.
                    _diagnostics.Error(File, LineOf(key), ValueColumn(key), DiagnosticCodes.InvalidValue,
                        $"The setting '{key}' has a control character in it (U+{(int)control:X4}), which cannot be shown on a page.",
                        "Type the value again without it: such characters come from copying text out of another program.");
                    return null;
                }

                return string.IsNullOrEmpty(value) ? null : value;
            default:
                WrongType(key, node, "a single value (text on the same line)");
                return null;
        }
    }


    public string RequiredString(string key, string hint)
    {
        if (Inherited(key) is { } original)
        {
            return original.RequiredString(key, hint);
        }

        Declared(key, SettingType.Text);
        var value = Text(key);

        // A list or settings given instead of text, or text with a control character, was already
        // reported; absent and empty are both missing.
        var missing = Find(key)?.Value switch
        {
            null => true,
            YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value),
            YamlMappingNode values when _languages is not null && Declared(key).PerLanguage => InLanguage(key, values) is null,
            _ => false,
        };
        if (value is null && missing)
        {
            _diagnostics.Error(File, LineOf(key), 1, DiagnosticCodes.RequiredMissing,
                $"The setting '{key}' is required.", hint);
        }

        return value ?? "";
    }

    public DateOnly? Date(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.Date(key);
        }

        Declared(key, SettingType.Date);
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (SettingFormats.TryDate(text, out var date))
        {
            return date;
        }

        var looksIso = text.Length == 10 && text[4] == '-' && text[7] == '-';
        _diagnostics.Error(File, LineOf(key), ValueColumn(key), DiagnosticCodes.InvalidDate,
            looksIso ? $"'{text}' in '{key}' is not a real date." : $"'{text}' in '{key}' is not a date written as YYYY-MM-DD.",
            "Write dates as year-month-day with two-digit month and day, e.g. 2026-01-15 for 15 January 2026.");
        return null;
    }

    public TimeOnly? Time(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.Time(key);
        }

        Declared(key, SettingType.Time);
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (SettingFormats.TryTime(text, out var time))
        {
            return time;
        }

        _diagnostics.Error(File, LineOf(key), ValueColumn(key), DiagnosticCodes.InvalidTime,
            $"'{text}' in '{key}' is not a time written as HH:MM.",
            "Use the 24-hour clock with a colon, e.g. 19:30 for half past seven in the evening.");
        return null;
    }

    public bool? Bool(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.Bool(key);
        }

        Declared(key, SettingType.TrueFalse);
        var text = Text(key);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                _diagnostics.Error(File, LineOf(key), ValueColumn(key), DiagnosticCodes.InvalidValue,
                    $"'{text}' in '{key}' should be true or false.", $"Write '{key}: true' or '{key}: false'.");
                return null;
        }
    }

    public int? Int(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.Int(key);
        }

        Declared(key, SettingType.WholeNumber);
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        _diagnostics.Error(File, LineOf(key), ValueColumn(key), DiagnosticCodes.InvalidValue,
            $"'{text}' in '{key}' should be a whole number.", $"Write a number, e.g. '{key}: 3'.");
        return null;
    }

    /// <summary>Reads one of the setting's allowed words, matched without regard to case.</summary>
    public string? OneOf(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.OneOf(key);
        }

        var allowed = Declared(key, SettingType.OneOf).Allowed;
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            _diagnostics.Error(File, LineOf(key), ValueColumn(key), DiagnosticCodes.InvalidValue,
                $"'{text}' is not a value that '{key}' can take.",
                $"Use one of: {string.Join(", ", allowed)}.");
        }

        return match;
    }

    /// <summary>A list of texts; a single value is accepted as a list of one, as clerks often write it.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.StringList(key);
        }

        Declared(key, SettingType.TextList);
        var node = InLanguage(key, Node(key));
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        items.Add(v.Trim());
                    }
                    else if (item is not YamlScalarNode)
                    {
                        _diagnostics.Error(File, Line(item), (int)item.Start.Column, DiagnosticCodes.WrongType,
                            $"Each item in '{key}' should be a single line of text.",
                            "Write each item on its own line starting with '- '.");
                    }
                }

                return items;
            default:
                WrongType(key, node, "a list, one item a line starting with '- '");
                return [];
        }
    }

    /// <summary>The settings indented under a group setting, or under one of the names of named groups.</summary>
    public YamlFields? Map(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.Map(key);
        }

        var setting = Declared(key, SettingType.Group, SettingType.NamedGroups);
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode map:
                return new YamlFields(map, File, _firstLine, _diagnostics, setting.Group!, setting.Type == SettingType.NamedGroups, _languages);
            case YamlScalarNode { Value: null or "" }:
                return null;
            default:
                WrongType(key, node, "indented 'name: value' settings on the lines below it");
                return null;
        }
    }

    /// <summary>Each item of a list of mappings (e.g. committees), with its own line numbers.</summary>
    public IReadOnlyList<YamlFields> MapList(string key)
    {
        if (Inherited(key) is { } original)
        {
            return original.MapList(key);
        }

        var group = Declared(key, SettingType.GroupList).Group!;
        var node = Node(key);
        switch (node)
        {
            case null or YamlScalarNode { Value: null or "" }:
                return [];
            case YamlSequenceNode sequence:
                var result = new List<YamlFields>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode map)
                    {
                        result.Add(new YamlFields(map, File, _firstLine, _diagnostics, group, languages: _languages));
                    }
                    else
                    {
                        _diagnostics.Error(File, Line(item), (int)item.Start.Column, DiagnosticCodes.WrongType,
                            $"Each item in '{key}' should be a group of 'name: value' settings.",
                            "Start each item with '- ' and indent its settings, e.g. '- id: planning' then '  name: Planning Committee'.");
                    }
                }

                return result;
            default:
                WrongType(key, node, "a list, one item a line starting with '- '");
                return [];
        }
    }

    /// <summary>The mapping's keys, in the order written.</summary>
    public IEnumerable<string> Keys =>
        _map?.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "") ?? [];

    /// <summary>Settings that no loader asked for, kept for themes (e.g. a clerk's own 'contact_form').</summary>
    public IReadOnlyDictionary<string, object?> Extra()
    {
        var extra = _original is null ? new SortedDictionary<string, object?>(StringComparer.Ordinal) : new SortedDictionary<string, object?>(_original.Extra().ToDictionary(), StringComparer.Ordinal);
        if (_map is null)
        {
            return extra;
        }

        foreach (var (key, value) in _map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !_read.Contains(name) && !(_original is not null && _settings.Find(name) is not null))
            {
                extra[name] = ToPlain(value);
            }
        }

        return extra;
    }

    /// <summary>
    /// The setting a loader asks for. Asking for one the schema does not declare, or as another
    /// type, is a mistake in CouncilSite, not the clerk's: it throws so that tests catch it.
    /// </summary>
    private Setting Declared(string key, params SettingType[] types)
    {
        if (_namesFree)
        {
            // Each name the clerk chose is a group of the declared settings.
            return types.Length == 0 || types.Contains(SettingType.Group)
                ? new Setting(key, SettingType.Group, "") { Group = _settings }
                : throw new InvalidOperationException($"The names in {_settings.Of} are groups of settings, not {string.Join(" or ", types)}.");
        }

        var setting = _settings.Find(key) ?? throw new InvalidOperationException(
            $"'{key}' is read from {_settings.Of} but is not declared in its schema (src/CouncilSite/Settings/); declare it there.");
        if (types.Length > 0 && !types.Contains(setting.Type))
        {
            throw new InvalidOperationException(
                $"'{key}' in {_settings.Of} is declared as {setting.Type} but read as {string.Join(" or ", types)}; make the schema and the loader agree.");
        }

        return setting;
    }

    /// <summary>
    /// A setting residents read, given one value per language (<c>name: {en: Full Council, cy: Y Cyngor Llawn}</c>):
    /// the value of the language being read, else the default language's. Every other node is as written.
    /// </summary>
    private YamlNode? InLanguage(string key, YamlNode? node)
    {
        if (node is not YamlMappingNode values || _languages is null || _settings.Find(key) is not { PerLanguage: true } setting)
        {
            return node;
        }

        // Every language's value is checked whichever is read, so a mistake in the Welsh is reported by the build in English too.
        var given = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (name, value) in values.Children)
        {
            var written = (name as YamlScalarNode)?.Value ?? "";
            if (_languages.Find(written) is not { } tag)
            {
                _diagnostics.Error(File, Line(name), (int)name.Start.Column, DiagnosticCodes.NotASiteLanguage,
                    $"'{written}' in '{key}' is not one of the site's languages ({string.Join(", ", _languages.Codes)}).",
                    $"Give '{key}' one value per language of site.yml's 'languages:', each on its own line, e.g. '  {_languages.DefaultCode}: ...'; or write the one value after '{key}:'.");
            }
            else if (setting.Type == SettingType.Text && value is not YamlScalarNode)
            {
                WrongType($"{key}: {written}", value, "a single value (text on the same line)");
            }
            else if (value is not YamlScalarNode { Value: var words } || !string.IsNullOrWhiteSpace(words))
            {
                // A language given no words is left to take the default language's, as one left out is.
                given.TryAdd(tag, value);
            }
        }

        return given.GetValueOrDefault(_languages.Tag) ?? given.GetValueOrDefault(_languages.DefaultTag) ?? given.Values.FirstOrDefault();
    }

    private YamlNode? Node(string key)
    {
        _read.Add(key);
        return Find(key)?.Value;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        if (_map is null)
        {
            return null;
        }

        foreach (var entry in _map.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } name } && name == key)
            {
                return entry;
            }
        }

        return null;
    }

    private int Line(YamlNode node) => (int)node.Start.Line + _firstLine - 1;

    private void WrongType(string key, YamlNode node, string expected) =>
        _diagnostics.Error(File, Line(node), (int)node.Start.Column, DiagnosticCodes.WrongType,
            $"'{key}' should be {expected}.", "Compare with the examples in docs/content-format.md.");

    private static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlain).ToList(),
        YamlMappingNode map => map.Children
            .Where(e => e.Key is YamlScalarNode)
            .ToDictionary(e => ((YamlScalarNode)e.Key).Value ?? "", e => ToPlain(e.Value), StringComparer.Ordinal),
        _ => null,
    };
}
