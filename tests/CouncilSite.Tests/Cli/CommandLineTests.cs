using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;
using static CouncilSite.Cli.CommandLine;

namespace CouncilSite.Tests.Cli;

public class CommandLineTests
{
    [Fact]
    public void A_good_build_exits_0_and_says_what_it_wrote()
    {
        using var site = SampleSite.Create();
        var outcome = CommandRunner.Build(site);
        Assert.Equal(Success, outcome.ExitCode);
        Assert.StartsWith("Built ", outcome.Stdout);
        Assert.Contains("files written", outcome.Stdout);
        Assert.DoesNotContain("error", outcome.Stderr);
    }

    [Fact]
    public void A_build_with_content_errors_exits_1_and_prints_each_message_with_its_hint()
    {
        using var site = new TempSite(("pages/about.md", "[x](missing.md)"));
        var outcome = CommandRunner.Build(site);
        Assert.Equal(ContentErrors, outcome.ExitCode);
        Assert.Contains("pages/about.md(1,1): error CS140: ", outcome.Stderr);
        Assert.Contains("    hint: ", outcome.Stderr);
        Assert.Contains("Build failed: 1 error", outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_build()
    {
        using var site = new TempSite(("documents/asset-register.pdf", PdfFiles.Paper));
        var outcome = CommandRunner.Build(site);
        Assert.Equal(Success, outcome.ExitCode);
        Assert.Contains($"documents/asset-register.pdf: warning {DiagnosticCodes.MissingSidecar}: ", outcome.Stderr);
        Assert.Contains("1 warning", outcome.Stdout);
    }

    [Fact]
    public void A_folder_without_site_yml_exits_1()
    {
        using var site = new TempSite();
        site.Delete("site.yml");
        var outcome = CommandRunner.Build(site);
        Assert.Equal(ContentErrors, outcome.ExitCode);
        Assert.Contains($"site.yml: error {DiagnosticCodes.SiteYmlMissing}: ", outcome.Stderr);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("build", "--colour")]
    [InlineData("biuld", ".")]
    [InlineData]
    public void A_wrong_command_line_exits_2(params string[] args)
    {
        var outcome = CommandRunner.Run(args);
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.StartsWith("councilsite: ", outcome.Stderr);
        Assert.DoesNotContain("Exception", outcome.Stderr);
    }

    [Fact]
    public void An_unknown_option_exits_2_naming_it()
    {
        using var site = new TempSite();
        var outcome = CommandRunner.Run("build", site.Root, "--colour", "red");
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("--colour", outcome.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site")));
    }

    [Fact]
    public void A_site_folder_that_does_not_exist_exits_2()
    {
        using var site = new TempSite();
        var outcome = CommandRunner.Run("build", Path.Combine(site.Root, "no-such-folder"));
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("does not exist", outcome.Stderr);
    }

    [Theory]
    [InlineData("27/11/2026")]
    [InlineData("2026-02-30")]
    public void A_today_that_is_not_a_real_iso_date_exits_2(string today)
    {
        using var site = new TempSite();
        var outcome = CommandRunner.Run("build", site.Root, "--today", today);
        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("YYYY-MM-DD", outcome.Stderr);
    }

    [Fact]
    public void Today_decides_which_meetings_are_upcoming()
    {
        using var site = new TempSite(("meetings/2026-12-03-full-council/agenda.md", "1. Apologies"));
        Assert.Equal(Success, CommandRunner.Run("build", site.Root, "--output", site.Output, "--today", "2026-12-01").ExitCode);
        Assert.Contains("tag--scheduled", File.ReadAllText(Path.Combine(site.Output, "meetings", "2026-12-03-full-council", "index.html")));
        Assert.Equal(Success, CommandRunner.Run("build", site.Root, "--output", site.Output, "--today", "2026-12-04").ExitCode);
        Assert.Contains("tag--held", File.ReadAllText(Path.Combine(site.Output, "meetings", "2026-12-03-full-council", "index.html")));
    }
}
