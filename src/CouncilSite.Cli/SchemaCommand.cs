using System.CommandLine;
using CouncilSite.Settings;

namespace CouncilSite.Cli;

/// <summary>
/// <c>councilsite schema &lt;site-folder&gt;</c>: writes the JSON Schema of every kind of settings
/// file into <c>.councilsite/schemas/</c> and names them in <c>.vscode/settings.json</c>, so VS
/// Code's YAML extension completes and checks every setting. Exit codes: 0 written; 1 they could
/// not be written; 2 the command line is wrong.
/// </summary>
public static class SchemaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = CommonOptions.SiteFolder();
        var command = new Command("schema", "Write the settings' JSON Schema into a site folder, for VS Code's YAML extension to complete and check every setting.") { site };
        command.SetAction(result =>
        {
            var folder = result.GetValue(site)!.FullName;
            try
            {
                Print(EditorSchemas.Write(folder), stdout, stderr);
                return CommandLine.Success;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"councilsite: the schemas could not be written into {folder}: {ex.Message}");
                stderr.WriteLine($"Check that the folder can be written to, and that {JsonSchemas.Folder} and .vscode in it are folders, not files.");
                return CommandLine.ContentErrors;
            }
        });
        return command;
    }

    private static void Print(EditorSchemasResult outcome, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine($"Wrote {outcome.Schemas.Count} schemas into {JsonSchemas.Folder}/:");
        foreach (var schema in outcome.Schemas)
        {
            var checks = schema.Files.Count > 0 ? $"checks {string.Join(", ", schema.Files)}" : "";
            var frontMatter = schema.FrontMatterOf.Count > 0 ? $"describes the front matter of {string.Join(", ", schema.FrontMatterOf)} (not checked by the editor)" : "";
            stdout.WriteLine($"  {Path.GetFileName(schema.Path),-18} {string.Join("; ", new[] { checks, frontMatter }.Where(s => s.Length > 0))}");
        }

        var vscode = outcome.VsCode;
        switch (vscode.Outcome)
        {
            case VsCodeSettingsOutcome.Written:
                stdout.WriteLine($"Wrote {vscode.File}. Open the site folder in VS Code with the YAML extension (redhat.vscode-yaml) installed.");
                break;
            case VsCodeSettingsOutcome.Updated:
                stdout.WriteLine($"Added the schemas to {vscode.File}; its other settings are as they were.");
                break;
            case VsCodeSettingsOutcome.Unchanged:
                stdout.WriteLine($"{vscode.File} already names the schemas.");
                break;
            case VsCodeSettingsOutcome.LeftAlone:
                stderr.WriteLine($"{vscode.File} {vscode.Why}, so it was left as it is. Add this setting to it by hand:");
                stderr.WriteLine(vscode.ToAdd);
                break;
        }
    }
}
