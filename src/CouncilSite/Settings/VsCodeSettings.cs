using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CouncilSite.Settings;

/// <summary>What became of the site's <c>.vscode/settings.json</c>.</summary>
public enum VsCodeSettingsOutcome
{
    /// <summary>There was none: it was written with the schemas alone.</summary>
    Written,

    /// <summary>The schemas were added to or changed in the clerk's settings; every other setting is as it was.</summary>
    Updated,

    /// <summary>It already named the schemas as they are.</summary>
    Unchanged,

    /// <summary>
    /// It could not be changed without losing something of the clerk's (it has comments, a mistake, a setting
    /// given twice, or a <c>"yaml.schemas"</c> that is not a group of schemas), so it was left alone: the clerk
    /// adds <see cref="VsCodeSettingsResult.ToAdd"/> by hand.
    /// </summary>
    LeftAlone,
}

/// <param name="File">The settings file, from the site folder.</param>
/// <param name="ToAdd">For <see cref="VsCodeSettingsOutcome.LeftAlone"/>: the <c>"yaml.schemas"</c> setting to add, as JSON.</param>
/// <param name="Why">For <see cref="VsCodeSettingsOutcome.LeftAlone"/>: why, in words that finish "the file ...".</param>
public sealed record VsCodeSettingsResult(VsCodeSettingsOutcome Outcome, string File, string? ToAdd, string? Why = null);

/// <summary>
/// Tells VS Code's YAML extension (redhat.vscode-yaml) which schema checks which files, in the
/// site's <c>.vscode/settings.json</c>, keeping whatever else the clerk set there.
/// </summary>
public static class VsCodeSettings
{
    public const string File = ".vscode/settings.json";
    private const string Key = "yaml.schemas";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public static VsCodeSettingsResult Wire(string siteRoot, IReadOnlyList<SchemaFile> schemas)
    {
        var path = Path.Combine(siteRoot, File.Replace('/', Path.DirectorySeparatorChar));
        var mapped = Mapping(schemas);
        if (!System.IO.File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Save(path, new JsonObject { [Key] = mapped });
            return new VsCodeSettingsResult(VsCodeSettingsOutcome.Written, File, null);
        }

        var text = System.IO.File.ReadAllText(path);
        var toAdd = $"\"{Key}\": {mapped.ToJsonString(Indented)}";
        if (Parse(text) is not { } settings)
        {
            return new VsCodeSettingsResult(VsCodeSettingsOutcome.LeftAlone, File, toAdd, "has comments, a setting given twice, or is not plain JSON");
        }

        // A value that is not a group of schemas is the clerk's mistake or another tool's: replacing it would lose it unseen.
        if (settings[Key] is { } named and not JsonObject)
        {
            return new VsCodeSettingsResult(VsCodeSettingsOutcome.LeftAlone, File, toAdd, $"gives \"{Key}\" as {named.ToJsonString()}, not as a group of schemas");
        }

        // Schemas the clerk or another tool named stay; ours are replaced, so a kind renamed or dropped leaves nothing stale.
        var merged = new JsonObject();
        if (settings[Key] is JsonObject existing)
        {
            foreach (var (schema, files) in existing.ToList())
            {
                if (!schema.StartsWith("./" + JsonSchemas.Folder + "/", StringComparison.Ordinal))
                {
                    existing.Remove(schema);
                    merged[schema] = files;
                }
            }
        }

        foreach (var (schema, files) in mapped.ToList())
        {
            mapped.Remove(schema);
            merged[schema] = files;
        }

        settings[Key] = merged;
        var after = settings.ToJsonString(Indented) + "\n";
        if (after == text)
        {
            return new VsCodeSettingsResult(VsCodeSettingsOutcome.Unchanged, File, null);
        }

        System.IO.File.WriteAllText(path, after, new UTF8Encoding(false));
        return new VsCodeSettingsResult(VsCodeSettingsOutcome.Updated, File, null);
    }

    /// <summary>Each schema that applies to settings files, with its files from the folder VS Code has open (a leading "/"; without it a name matches at any depth).</summary>
    private static JsonObject Mapping(IReadOnlyList<SchemaFile> schemas)
    {
        var mapped = new JsonObject();
        foreach (var schema in schemas.Where(s => s.Files.Count > 0))
        {
            mapped["./" + schema.Path] = new JsonArray([.. schema.Files.Select(f => (JsonNode)JsonValue.Create("/" + f))]);
        }

        return mapped;
    }

    /// <summary>The settings as plain JSON; null when they have comments (which rewriting would lose), a setting twice (which would be lost), or cannot be read.</summary>
    private static JsonObject? Parse(string text)
    {
        try
        {
            var options = new JsonDocumentOptions { AllowTrailingCommas = true, AllowDuplicateProperties = false };
            return JsonNode.Parse(text.Length == 0 ? "{}" : text, documentOptions: options) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Save(string path, JsonObject settings) =>
        System.IO.File.WriteAllText(path, settings.ToJsonString(Indented) + "\n", new UTF8Encoding(false));
}
