using CouncilSite.Settings;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Docs;

/// <summary>docs/settings.md is what the schema says, so the reference and the build never disagree.</summary>
public class SettingsDocsTests
{
    private static string Docs => Path.Combine(ExampleSiteBuild.Repository, "docs", "settings.md");

    [Fact]
    public void Docs_settings_md_is_the_reference_the_schema_renders()
    {
        var rendered = SettingsReference.Render();
        if (Environment.GetEnvironmentVariable("COUNCILSITE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(Docs, rendered);
        }

        Assert.True(File.Exists(Docs) && File.ReadAllText(Docs).ReplaceLineEndings("\n") == rendered,
            $"{SettingsReference.File} is not what src/CouncilSite/Settings/ describes. If the change to the settings is meant, " +
            "run the tests with COUNCILSITE_UPDATE_DOCS=1 to write the page again, and commit it.");
    }

    [Fact]
    public void Every_setting_of_every_kind_is_in_the_reference()
    {
        var docs = File.ReadAllText(Docs);
        foreach (var kind in SettingsSchema.All)
        {
            Assert.Contains($"## {kind.Title}\n", docs);
            Assert.All(kind.Settings.Settings, s => Assert.Contains($"| `{s.Name}`", docs));
        }
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/content-format.md")]
    public void The_reference_is_linked_from(string file) =>
        Assert.Contains("settings.md", File.ReadAllText(Path.Combine(ExampleSiteBuild.Repository, file)));
}
