using System.Runtime.CompilerServices;
using CouncilSite.Outputs.Html;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Docs;

/// <summary>A theme author finds in docs/themes.md every layout, the model it is given and each object the layout can read.</summary>
public class LayoutModelDocsTests
{
    /// <summary>What every layout is given besides its model, which a model's object would hide.</summary>
    private static readonly string[] Shared = ["site", "page", "content", "link", "asset", "cached", "inline_styles"];

    [Fact]
    public void Every_page_model_has_its_row_in_docs_themes_naming_its_layout_and_objects()
    {
        var rows = File.ReadAllLines(Path.Combine(ExampleSiteBuild.Repository, "docs", "themes.md")).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var models = typeof(PageModel).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract).ToList();

        Assert.True(models.Count >= 20, $"Only {models.Count} page models were found");
        Assert.All(models, model =>
        {
            var layout = ((PageModel)RuntimeHelpers.GetUninitializedObject(model)).Layout;
            var row = Assert.Single(rows, r => r.Contains($"| `{model.Name}` |", StringComparison.Ordinal));
            var cells = row.Split(" | ");
            Assert.StartsWith($"| `{Path.GetFileName(layout)}`", cells[0], StringComparison.Ordinal);
            Assert.All(ModelVariables.Names(model), name =>
            {
                Assert.DoesNotContain(name, Shared);
                Assert.Contains($"`{name}`", cells[2], StringComparison.Ordinal);
            });
        });
    }
}
