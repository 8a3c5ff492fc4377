using CouncilSite.Diagnostics;
using CouncilSite.Rendering.Theme;
using CouncilSite.Site;

namespace CouncilSite.Settings;

/// <summary>The schema files written into a site folder, and what became of its VS Code settings.</summary>
public sealed record EditorSchemasResult(IReadOnlyList<SchemaFile> Schemas, VsCodeSettingsResult VsCode);

/// <summary>
/// Sets a site folder up for editing in VS Code: a JSON Schema for every kind of settings file in
/// <c>.councilsite/schemas/</c>, and <c>.vscode/settings.json</c> naming them. Both folders start
/// with '.', so they are never read as content nor published.
/// </summary>
public static class EditorSchemas
{
    public static EditorSchemasResult Write(string siteRoot)
    {
        var schemas = JsonSchemas.Write(siteRoot, ThemeExtrasOf(siteRoot));
        return new EditorSchemasResult(schemas, VsCodeSettings.Wire(siteRoot, schemas));
    }

    /// <summary>The settings the site's theme shows; the build's messages about the site are not this command's to give.</summary>
    private static IReadOnlySet<string> ThemeExtrasOf(string siteRoot)
    {
        var quiet = new DiagnosticBag();
        var folder = new SiteFolder(siteRoot, quiet);
        var config = SiteConfigLoader.Load(folder, quiet) ?? new SiteConfig { Name = "" };
        return ThemeExtras.Of(Theme.Load(folder, config, quiet));
    }
}
