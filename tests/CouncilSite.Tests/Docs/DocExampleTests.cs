using Markdig.Syntax;
using CouncilSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace CouncilSite.Tests.Docs;

/// <summary>The examples in docs/content-format.md are whole files a clerk can copy, and they work.</summary>
public class DocExampleTests
{
    private const string ContentFormat = "docs/content-format.md";

    /// <summary>Each code block with the heading of the section it is under.</summary>
    private static List<(string Section, string Language, string Text)> Examples()
    {
        var examples = new List<(string, string, string)>();
        var section = "";
        foreach (var block in DocSections.Parse(ContentFormat).Descendants())
        {
            if (block is HeadingBlock heading)
            {
                section = DocSections.Text(heading.Inline);
            }
            else if (block is FencedCodeBlock code)
            {
                examples.Add((section, code.Info ?? "", code.Lines.ToString()));
            }
        }

        return examples;
    }

    [Fact]
    public void Every_yaml_example_is_yaml()
    {
        var yaml = Examples().Where(e => e.Language == "yaml").ToList();
        Assert.True(yaml.Count >= 4, $"Only {yaml.Count} YAML examples were found");
        Assert.All(yaml, example => new YamlStream().Load(new StringReader(example.Text)));
    }

    [Fact]
    public void Every_markdown_example_with_settings_has_its_front_matter_closed_and_readable()
    {
        var files = Examples().Where(e => e.Language == "markdown" && e.Text.StartsWith("---\n", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count >= 2, $"Only {files.Count} Markdown files with settings were found");
        Assert.All(files, example =>
        {
            var end = example.Text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            Assert.True(end > 0, $"The example under '{example.Section}' never closes its settings with '---'");
            var stream = new YamlStream();
            stream.Load(new StringReader(example.Text[4..end]));
            Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
        });
    }

    [Fact]
    public void The_councillor_example_copied_into_a_site_is_published_with_the_councillors_name()
    {
        var councillor = Assert.Single(Examples(), e => e.Section == "Councillors");
        using var site = new TempSite(
            ("councillors/margaret-ellison.md", councillor.Text),
            ("static/images/councillors/margaret-ellison.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.File == "councillors/margaret-ellison.md");
        Assert.Contains("Margaret Ellison", File.ReadAllText(Path.Combine(site.Output, "councillors", "margaret-ellison", "index.html")));
    }
}
