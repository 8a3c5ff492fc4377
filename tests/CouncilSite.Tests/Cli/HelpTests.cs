using CouncilSite.Tests.Support;
using static CouncilSite.Cli.CommandLine;

namespace CouncilSite.Tests.Cli;

/// <summary>The help names the command a clerk types, however the program was started.</summary>
public class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("check", "--help")]
    [InlineData("serve", "--help")]
    public void Help_names_the_command_councilsite(params string[] args)
    {
        var outcome = CommandRunner.Run(args);
        Assert.Equal(Success, outcome.ExitCode);
        var usage = outcome.Stdout.Split('\n').SkipWhile(line => !line.StartsWith("Usage:", StringComparison.Ordinal)).ElementAt(1).Trim();
        Assert.StartsWith("councilsite ", usage);
        Assert.DoesNotContain("CouncilSite.Cli", outcome.Stdout);
        Assert.DoesNotContain("testhost", outcome.Stdout);
    }
}
