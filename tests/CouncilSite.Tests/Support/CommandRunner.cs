using CouncilSite.Cli;

namespace CouncilSite.Tests.Support;

/// <summary>The <c>councilsite</c> command run in-process, with what it printed.</summary>
public static class CommandRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(params string[] args) => Typed(null, args);

    /// <summary>The command run as at a terminal where these lines are typed in answer to its questions; null: no terminal.</summary>
    public static Outcome Typed(string? answers, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, answers is null ? null : new StringReader(answers));
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    public static Outcome Build(TempSite site, string? output = null) =>
        Run("build", site.Root, "--output", output ?? site.Output, "--today", TempSite.Today.ToString("yyyy-MM-dd"));
}
