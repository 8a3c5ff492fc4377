using System.Text;
using System.Text.Json;

namespace CouncilSite.Settings;

/// <summary>One schema file written for a kind of file, and the files an editor should check with it.</summary>
/// <param name="Path">The schema file, from the site folder: <c>.councilsite/schemas/meeting.json</c>.</param>
/// <param name="Files">Settings files it applies to (<see cref="FileKind.YamlFiles"/>); none for a kind written only as front matter.</param>
/// <param name="FrontMatterOf">Markdown files whose front matter it describes, which an editor cannot be told to check.</param>
public sealed record SchemaFile(FileKind Kind, string Path, IReadOnlyList<string> Files, IReadOnlyList<string> FrontMatterOf);

/// <summary>
/// The schema as JSON Schema (draft-07, the draft VS Code's YAML extension handles best), one
/// file a kind: an editor completes every setting, shows its description, and marks a wrong
/// value or a setting CouncilSite does not know, as a build would warn of it.
/// </summary>
public static class JsonSchemas
{
    public const string Folder = ".councilsite/schemas";
    private const string Draft = "http://json-schema.org/draft-07/schema#";
    private static readonly string[] Scalar = ["string", "number", "boolean", "null"];
    private static readonly string[] Words = ["true", "false", "yes", "no", "on", "off"];

    /// <summary>Writes a schema file for every kind into <paramref name="siteRoot"/>/.councilsite/schemas/.</summary>
    /// <param name="themeExtras">Settings the theme in use shows (<c>extra.name</c>): allowed at the top of every kind, as the build allows them.</param>
    public static IReadOnlyList<SchemaFile> Write(string siteRoot, IReadOnlySet<string> themeExtras)
    {
        var folder = Path.Combine(siteRoot, Folder.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(folder);
        var written = new List<SchemaFile>();
        foreach (var kind in SettingsSchema.All)
        {
            File.WriteAllText(Path.Combine(folder, kind.Id + ".json"), For(kind, themeExtras), new UTF8Encoding(false));
            written.Add(new SchemaFile(kind, $"{Folder}/{kind.Id}.json", kind.YamlFiles, kind.MarkdownFiles));
        }

        return written;
    }

    /// <summary>The JSON Schema of one kind of file, the same bytes every time.</summary>
    public static string For(FileKind kind, IReadOnlySet<string> themeExtras)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Draft);
            json.WriteString("title", kind.Title);
            json.WriteString("description", $"{kind.Description} Written by 'councilsite schema' from CouncilSite's settings (docs/settings.md); run it again rather than editing this file.");
            json.WriteString("type", "object");
            WriteGroup(json, kind.Settings, themeExtras);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A group's settings; its type is written by the caller, as a setting left empty may be null (the build takes it as not given).</summary>
    private static void WriteGroup(Utf8JsonWriter json, SettingGroup group, IReadOnlySet<string> extras)
    {
        json.WriteStartObject("properties");
        foreach (var setting in group.Settings)
        {
            json.WriteStartObject(setting.Name);
            WriteSetting(json, setting);
            json.WriteEndObject();
        }

        foreach (var extra in extras.Where(e => group.Find(e) is null).Order(StringComparer.Ordinal))
        {
            json.WriteStartObject(extra);
            json.WriteString("description", $"Not a setting of CouncilSite: the theme in use shows it as extra.{extra}.");
            json.WriteEndObject();
        }

        json.WriteEndObject();
        var required = group.Settings.Where(s => s.Required).Select(s => s.Name).ToList();
        if (required.Count > 0)
        {
            json.WriteStartArray("required");
            required.ForEach(json.WriteStringValue);
            json.WriteEndArray();
        }

        json.WriteBoolean("additionalProperties", false);
    }

    private static void WriteSetting(Utf8JsonWriter json, Setting setting)
    {
        var described = setting.Default is null ? setting.Description : $"{setting.Description} If not given: {setting.Default}.";
        json.WriteString("description", described);
        switch (setting.Type)
        {
            case SettingType.Text:
                Types(json, [.. setting.Required ? ["string", "number", "boolean"] : Scalar, .. OneEachLanguage(setting)]);
                break;
            case SettingType.Date:
                Types(json, ["string", "null"]);
                json.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                break;
            case SettingType.Time:
                Types(json, ["string", "null"]);
                json.WriteString("pattern", "^([01]?[0-9]|2[0-3]):[0-5][0-9]$");
                break;
            case SettingType.WholeNumber:
                Types(json, ["integer", "string", "null"]);
                json.WriteString("pattern", "^-?[0-9]+$");
                break;
            case SettingType.TrueFalse:
                AnyCase(json, Words, [true, false]);
                break;
            case SettingType.OneOf:
                AnyCase(json, setting.Allowed, []);
                break;
            case SettingType.TextList:
                Types(json, ["array", .. Scalar, .. OneEachLanguage(setting)]);
                json.WriteStartObject("items");
                Types(json, ["string", "number", "boolean"]);
                json.WriteEndObject();
                break;
            case SettingType.Group:
                Types(json, ["object", "null"]);
                WriteGroup(json, setting.Group!, new HashSet<string>());
                break;
            case SettingType.GroupList:
                Types(json, ["array", "null"]);
                json.WriteStartObject("items");
                json.WriteString("type", "object");
                WriteGroup(json, setting.Group!, new HashSet<string>());
                json.WriteEndObject();
                break;
            case SettingType.NamedGroups:
                Types(json, ["object", "null"]);
                json.WriteStartObject("additionalProperties");
                json.WriteString("type", "object");
                WriteGroup(json, setting.Group!, new HashSet<string>());
                json.WriteEndObject();
                break;
        }

        if (setting.PerLanguage)
        {
            PerLanguage(json, setting);
        }

        // Words and lists complete from their enum and their items; a value typed on the line completes from its example.
        if (setting.Type is SettingType.Text or SettingType.Date or SettingType.Time or SettingType.WholeNumber && setting.Example is { } example)
        {
            json.WriteStartArray("examples");
            if (setting.Type == SettingType.WholeNumber)
            {
                json.WriteNumberValue(int.Parse(example, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteStringValue(example.Trim('"'));
            }

            json.WriteEndArray();
        }
    }

    private static string[] OneEachLanguage(Setting setting) => setting.PerLanguage ? ["object"] : [];

    /// <summary>
    /// A setting residents read may be given one value per language (<c>name: {en: ..., cy: ...}</c>):
    /// the schema takes the same setting as a mapping from language codes to its values.
    /// </summary>
    private static void PerLanguage(Utf8JsonWriter json, Setting setting)
    {
        json.WriteStartObject("propertyNames");
        json.WriteString("pattern", "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
        json.WriteEndObject();
        json.WriteStartObject("additionalProperties");
        Types(json, setting.Type == SettingType.TextList ? ["array", .. Scalar] : Scalar);
        json.WriteEndObject();
    }

    /// <summary>
    /// Words the build matches ignoring case (<c>authority: Parish</c>): an enum of them as written in the
    /// docs, for the editor to complete, or a pattern of each letter in either case, for it to accept
    /// the rest (ECMA-262, which the editor's patterns follow, has no flag for case in a pattern).
    /// </summary>
    private static void AnyCase(Utf8JsonWriter json, IReadOnlyList<string> words, IReadOnlyList<bool> booleans)
    {
        json.WriteStartArray("anyOf");
        json.WriteStartObject();
        json.WriteStartArray("enum");
        foreach (var boolean in booleans)
        {
            json.WriteBooleanValue(boolean);
        }

        foreach (var word in words)
        {
            json.WriteStringValue(word);
        }

        json.WriteNullValue();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "string");
        json.WriteString("pattern", $"^(?:{string.Join("|", words.Select(EitherCase))})$");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string EitherCase(string word) => string.Concat(word.Select(c =>
        char.IsLetter(c) && char.ToUpperInvariant(c) != char.ToLowerInvariant(c) ? $"[{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}]"
        : @"^$\.*+?()[]{}|/".Contains(c) ? $"\\{c}"
        : c.ToString()));

    private static void Types(Utf8JsonWriter json, IReadOnlyList<string> types)
    {
        json.WriteStartArray("type");
        foreach (var type in types)
        {
            json.WriteStringValue(type);
        }

        json.WriteEndArray();
    }
}
