using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;
using static CouncilSite.Cli.CommandLine;

namespace CouncilSite.Tests.Cli;

/// <summary>Past a few hundred messages the printed list is summarised; --messages-file holds them all.</summary>
public class MessagesFileOptionTests
{
    private const int Links = 230;
    private const int EmptyPages = 30;

    /// <summary>230 broken links (errors) in pages/links.md, after 30 empty pages (warnings) in sorted order.</summary>
    private static TempSite ManyMessages() => new(
    [
        ("pages/links.md", "---\ntitle: Links\n---\n" + string.Concat(Enumerable.Range(0, Links).Select(n => $"[old page {n}](missing-{n}.md)\n\n"))),
        .. Enumerable.Range(0, EmptyPages).Select(n => ($"pages/empty-{n:D2}.md", "")),
    ]);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_build_prints_the_first_errors_then_a_line_for_each_code_and_writes_every_message_to_the_file()
    {
        using var site = ManyMessages();
        var file = Path.Combine(site.Outside, "messages.txt");

        var outcome = CommandRunner.Run("build", site.Root, "--output", site.Output, "--today", "2026-11-27", "--messages-file", file);

        Assert.Equal(ContentErrors, outcome.ExitCode);
        var printed = Lines(outcome.Stderr);
        Assert.Equal(MessageSummary.Limit, printed.Count(l => l.Contains(": error CS140: ", StringComparison.Ordinal)));
        Assert.DoesNotContain(printed, l => l.Contains(": warning ", StringComparison.Ordinal));
        Assert.Equal(
            [
                $"... and {Links - MessageSummary.Limit} more CS140 errors like this: The link '…' leads to nothing on this site.",
                $"... and {EmptyPages} more CS103 warnings like this:",
                $"See every message in {file} (--messages-file).",
                $"Build failed: {Links} errors, {EmptyPages} warnings. Nothing was written.",
            ],
            printed[^4..].Select((l, i) => i == 1 ? l[..l.IndexOf(':', StringComparison.Ordinal)] + ":" : l));

        var written = Lines(File.ReadAllText(file));
        Assert.Equal(Links, written.Count(l => l.StartsWith("pages/links.md(", StringComparison.Ordinal) && l.Contains(": error CS140: ", StringComparison.Ordinal)));
        Assert.Equal(EmptyPages, written.Count(l => l.StartsWith("pages/empty-", StringComparison.Ordinal) && l.Contains(": warning CS103: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_the_option_the_summary_says_how_to_see_every_message()
    {
        using var site = ManyMessages();

        var outcome = CommandRunner.Run("check", site.Root, "--today", "2026-11-27");

        Assert.Equal(ContentErrors, outcome.ExitCode);
        Assert.Contains("\nAdd --messages-file messages.txt to see them all.\n", outcome.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_writes_every_message_to_the_file_too()
    {
        using var site = ManyMessages();
        var file = Path.Combine(site.Outside, "check.txt");

        var outcome = CommandRunner.Run("check", site.Root, "--today", "2026-11-27", "--messages-file", file);

        Assert.Equal(ContentErrors, outcome.ExitCode);
        Assert.Contains($"See every message in {file} (--messages-file).", outcome.Stderr);
        Assert.Equal(Links + EmptyPages, Lines(File.ReadAllText(file)).Count(l => !l.StartsWith("    hint: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_few_messages_are_all_printed_with_nothing_about_the_file()
    {
        using var site = new TempSite(("pages/about.md", "---\ntitle: About\n---\n[x](missing.md)"));
        var file = Path.Combine(site.Outside, "messages.txt");

        var outcome = CommandRunner.Run("build", site.Root, "--output", site.Output, "--messages-file", file);

        Assert.Equal(ContentErrors, outcome.ExitCode);
        Assert.DoesNotContain("--messages-file", outcome.Stderr);
        Assert.DoesNotContain("... and", outcome.Stderr);
        Assert.StartsWith("pages/about.md(4,1): error CS140: ", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void A_file_in_the_site_folder_is_refused_before_anything_is_done(string command)
    {
        using var site = new TempSite(("pages/about.md", "Our parish."));
        var about = site.PathOf("pages/about.md");

        var outcome = CommandRunner.Run(command, site.Root, "--messages-file", about);

        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("--messages-file names a file in the site folder", outcome.Stderr);
        Assert.Equal("Our parish.", File.ReadAllText(about));
        Assert.False(Directory.Exists(site.PathOf("_site")));
    }

    [Fact]
    public void A_file_in_the_output_folder_is_refused_and_nothing_is_built()
    {
        using var site = new TempSite();

        var outcome = CommandRunner.Run("build", site.Root, "--output", site.Output, "--messages-file", Path.Combine(site.Output, "messages.txt"));

        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("--messages-file names a file in the output folder", outcome.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_file_that_cannot_be_written_fails_the_build_in_plain_words()
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Outside, "no-such-folder", "messages.txt");

        var outcome = CommandRunner.Run("build", site.Root, "--output", site.Output, "--messages-file", file);

        Assert.Equal(ContentErrors, outcome.ExitCode);
        Assert.Contains($"councilsite: The messages could not be written to {file}: the folder ", outcome.Stderr);
        Assert.DoesNotContain("Exception", outcome.Stderr);
    }

    [Fact]
    public void An_empty_file_name_is_a_usage_error()
    {
        using var site = new TempSite();

        var outcome = CommandRunner.Run("check", site.Root, "--messages-file", "");

        Assert.Equal(UsageError, outcome.ExitCode);
        Assert.Contains("--messages-file needs the name of a file", outcome.Stderr);
    }
}
