using CouncilSite.Starter;
using YamlDotNet.RepresentationModel;

namespace CouncilSite.Tests.Starter;

public class PublishingWorkflowTests
{
    private static YamlMappingNode Parse(GitHost host)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(PublishingWorkflows.For(host).Text));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    /// <summary>Every shell line the job runs, in order.</summary>
    private static string Script(YamlNode job, string stepsKey = "steps") =>
        string.Join('\n', ((YamlSequenceNode)At(job, stepsKey)).Select(step => step is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("run"), out var run)
            ? ((YamlScalarNode)run).Value
            : step is YamlScalarNode line ? line.Value : ""));

    [Fact]
    public void GitHub_installs_dotnet_10_and_councilsite_builds_and_publishes_the_site_with_pages()
    {
        var workflow = Parse(GitHost.GitHub);
        var build = At(workflow, "jobs", "build");
        var steps = (YamlSequenceNode)At(build, "steps");
        var uses = steps.OfType<YamlMappingNode>().Select(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) ? ((YamlScalarNode)u).Value : null).ToList();
        Assert.Contains("actions/setup-dotnet@v4", uses);
        Assert.Contains("actions/upload-pages-artifact@v3", uses);
        Assert.Equal("10.0.x", ((YamlScalarNode)At(steps.OfType<YamlMappingNode>().First(s => s.Children.ContainsKey(new YamlScalarNode("with"))), "with", "dotnet-version")).Value);
        var script = Script(build);
        Assert.Contains("dotnet tool install --global councilsite", script);
        Assert.Contains("councilsite build . --output _site", script);
        Assert.Equal("_site", ((YamlScalarNode)At(steps.OfType<YamlMappingNode>().Last(), "with", "path")).Value);
        Assert.Equal("actions/deploy-pages@v4", ((YamlScalarNode)At((YamlSequenceNode)At(workflow, "jobs", "deploy", "steps") is var d ? d[0] : null!, "uses")).Value);
        Assert.Equal("build", ((YamlScalarNode)At(workflow, "jobs", "deploy", "needs")).Value);
        Assert.Equal("write", ((YamlScalarNode)At(workflow, "permissions", "pages")).Value);

        // Every morning, so that meetings move from "to come" to "held" on their day.
        Assert.Single((YamlSequenceNode)At(workflow, "on", "schedule"));
    }

    [Fact]
    public void GitHub_checks_the_site_strictly_without_holding_back_its_publication()
    {
        var workflow = Parse(GitHost.GitHub);
        Assert.Contains("councilsite check . --strict", Script(At(workflow, "jobs", "checklist")));
        Assert.DoesNotContain("checklist", At(workflow, "jobs", "deploy").ToString());
    }

    [Fact]
    public void GitLab_builds_into_public_in_its_pages_job_and_checks_the_site_strictly()
    {
        var workflow = Parse(GitHost.GitLab);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", ((YamlScalarNode)At(workflow, "image")).Value);
        var install = string.Join('\n', ((YamlSequenceNode)At(workflow, "default", "before_script")).Select(n => ((YamlScalarNode)n).Value));
        Assert.Contains("dotnet tool install --global councilsite", install);
        Assert.Contains("councilsite build . --output public", Script(At(workflow, "pages"), "script"));
        Assert.Equal("public", ((YamlScalarNode)((YamlSequenceNode)At(workflow, "pages", "artifacts", "paths"))[0]).Value);
        Assert.Contains("councilsite check . --strict", Script(At(workflow, "checklist"), "script"));
        Assert.Equal("true", ((YamlScalarNode)At(workflow, "checklist", "allow_failure")).Value);
    }

    [Theory]
    [InlineData(GitHost.GitHub)]
    [InlineData(GitHost.GitLab)]
    public void The_councils_own_copy_of_the_tool_is_installed_when_there_is_one(GitHost host)
    {
        var text = PublishingWorkflows.For(host).Text;
        Assert.Contains($"if [ -d {PublishingWorkflows.ToolFolder} ]", text);
        Assert.Contains($"dotnet tool install --global councilsite --prerelease --add-source {PublishingWorkflows.ToolFolder}", text);
    }

    [Fact]
    public void The_built_site_is_kept_out_of_the_repository()
    {
        var ignored = PublishingWorkflows.GitIgnore.Split('\n');
        Assert.Contains("_site/", ignored);
        Assert.Contains("public/", ignored);
    }
}
