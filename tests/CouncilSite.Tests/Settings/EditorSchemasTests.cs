using System.Text.Json.Nodes;
using CouncilSite.Settings;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Settings;

/// <summary><c>councilsite schema</c>: the schemas and VS Code's settings written into a site folder, keeping the clerk's own settings.</summary>
public class EditorSchemasTests
{
    [Fact]
    public void A_site_without_vs_code_settings_gets_them_naming_each_schema_for_its_files()
    {
        using var site = new TempSite();
        var result = EditorSchemas.Write(site.Root);
        Assert.Equal(VsCodeSettingsOutcome.Written, result.VsCode.Outcome);
        var schemas = JsonNode.Parse(File.ReadAllText(site.PathOf(".vscode/settings.json")))!["yaml.schemas"]!.AsObject();
        Assert.Equal(["/meetings/*/meeting.yml"], schemas["./.councilsite/schemas/meeting.json"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["/site.yml"], schemas["./.councilsite/schemas/site.json"]!.AsArray().Select(n => n!.GetValue<string>()));
        foreach (var schema in result.Schemas)
        {
            Assert.True(File.Exists(site.PathOf(schema.Path)), schema.Path);
        }
    }

    [Fact]
    public void Running_it_again_writes_the_same_bytes_and_leaves_the_settings_unchanged()
    {
        using var site = new TempSite();
        EditorSchemas.Write(site.Root);
        var first = Snapshot(site);
        var again = EditorSchemas.Write(site.Root);
        Assert.Equal(VsCodeSettingsOutcome.Unchanged, again.VsCode.Outcome);
        Assert.Equal(first, Snapshot(site));
    }

    [Fact]
    public void The_clerks_other_settings_and_schemas_are_kept()
    {
        using var site = new TempSite((".vscode/settings.json", """
            {
              "editor.wordWrap": "on",
              "yaml.schemas": { "https://example.org/other.json": "other/*.yml" },
              "files.exclude": { "_site": true }
            }
            """));
        Assert.Equal(VsCodeSettingsOutcome.Updated, EditorSchemas.Write(site.Root).VsCode.Outcome);
        var settings = JsonNode.Parse(File.ReadAllText(site.PathOf(".vscode/settings.json")))!.AsObject();
        Assert.Equal(["editor.wordWrap", "yaml.schemas", "files.exclude"], settings.Select(p => p.Key));
        Assert.Equal("on", settings["editor.wordWrap"]!.GetValue<string>());
        Assert.True(settings["files.exclude"]!["_site"]!.GetValue<bool>());
        var schemas = settings["yaml.schemas"]!.AsObject();
        Assert.Equal("other/*.yml", schemas["https://example.org/other.json"]!.GetValue<string>());
        Assert.Contains("./.councilsite/schemas/dataset.json", schemas.Select(p => p.Key));
    }

    [Theory]
    [InlineData("{\n  // wrap long lines\n  \"editor.wordWrap\": \"on\"\n}\n")]
    [InlineData("{ \"editor.wordWrap\": \"on\"\n")]
    [InlineData("{\"yaml.schemas\":{},\"yaml.schemas\":{}}")]
    [InlineData("{\"editor.wordWrap\": \"on\", \"editor.wordWrap\": \"off\"}")]
    [InlineData("{\"yaml.schemas\": \"oops\"}")]
    [InlineData("{\"yaml.schemas\": [\"./mine.json\"]}")]
    public void Settings_that_cannot_be_read_as_plain_json_are_left_alone_with_what_to_add(string text)
    {
        using var site = new TempSite((".vscode/settings.json", text));
        var result = EditorSchemas.Write(site.Root);
        Assert.Equal(VsCodeSettingsOutcome.LeftAlone, result.VsCode.Outcome);
        Assert.Equal(text, File.ReadAllText(site.PathOf(".vscode/settings.json")));
        Assert.StartsWith("\"yaml.schemas\": {", result.VsCode.ToAdd);
        Assert.Contains("\"./.councilsite/schemas/site.json\"", result.VsCode.ToAdd);
    }

    [Fact]
    public void The_schema_and_editor_folders_are_never_read_as_content_nor_published()
    {
        using var site = new TempSite(("pages/about.md", "---\ntitle: About\n---\nText."));
        EditorSchemas.Write(site.Root);
        site.Write(".councilsite/schemas/notes.md", "---\ntitle: Not a page\n---\nText.");
        site.Write(".vscode/extensions.json", "{}");
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.File.StartsWith(".councilsite", StringComparison.Ordinal) || d.File.StartsWith(".vscode", StringComparison.Ordinal));
        var published = Directory.EnumerateFileSystemEntries(site.Output, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(site.Output, p)).ToList();
        Assert.DoesNotContain(published, p => p.Contains("councilsite", StringComparison.Ordinal) && !p.StartsWith(".councilsite-output", StringComparison.Ordinal));
        Assert.DoesNotContain(published, p => p.Contains(".vscode", StringComparison.Ordinal) || p.Contains("schemas", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_writes_them_and_says_which_files_the_editor_checks()
    {
        using var site = new TempSite();
        var outcome = CommandRunner.Run("schema", site.Root);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("meeting.json", outcome.Stdout);
        Assert.Contains("checks meetings/*/meeting.yml", outcome.Stdout);
        Assert.Contains("not checked by the editor", outcome.Stdout);
        Assert.Contains("Wrote .vscode/settings.json", outcome.Stdout);
        Assert.True(File.Exists(site.PathOf(".councilsite/schemas/site.json")));
    }

    [Fact]
    public void The_command_prints_what_to_add_to_settings_it_left_alone()
    {
        using var site = new TempSite((".vscode/settings.json", "{ // mine\n}"));
        var outcome = CommandRunner.Run("schema", site.Root);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("left as it is", outcome.Stderr);
        Assert.Contains("\"yaml.schemas\"", outcome.Stderr);
    }

    [Theory]
    [InlineData("{\"yaml.schemas\":{},\"yaml.schemas\":{}}", "a setting given twice")]
    [InlineData("{\"yaml.schemas\": \"oops\"}", "gives \"yaml.schemas\" as \"oops\", not as a group of schemas")]
    public void The_command_says_why_it_left_settings_alone_without_a_stack_trace(string text, string why)
    {
        using var site = new TempSite((".vscode/settings.json", text));
        var outcome = CommandRunner.Run("schema", site.Root);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains(why, outcome.Stderr);
        Assert.Contains("left as it is", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr);
        Assert.Equal(text, File.ReadAllText(site.PathOf(".vscode/settings.json")));
    }

    [Fact]
    public void A_folder_it_cannot_write_into_is_said_in_words_with_exit_code_1()
    {
        using var site = new TempSite((".councilsite", "not a folder"));
        var outcome = CommandRunner.Run("schema", site.Root);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("could not be written", outcome.Stderr);
        Assert.DoesNotContain("   at ", outcome.Stderr);
    }

    private static Dictionary<string, string> Snapshot(TempSite site) =>
        new[] { ".councilsite", ".vscode" }
            .SelectMany(f => Directory.EnumerateFiles(site.PathOf(f), "*", SearchOption.AllDirectories))
            .ToDictionary(p => Path.GetRelativePath(site.Root, p), p => Convert.ToBase64String(File.ReadAllBytes(p)));
}
