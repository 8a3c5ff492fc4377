using CouncilSite.Build;
using CouncilSite.Build.Publishing;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build;

public class OutputFolderTests
{
    [Fact]
    public void A_folder_of_someone_else_s_files_is_left_alone()
    {
        using var site = SampleSite.Create();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "tax-return.xlsx"), "private");
        var before = OutputSnapshot.Take(site.Output);

        var outcome = CommandRunner.Build(site);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"error {DiagnosticCodes.OutputFailed}: ", outcome.Stderr);
        OutputSnapshot.Take(site.Output).AssertSameAs(before);
    }

    [Fact]
    public void An_empty_existing_folder_is_used()
    {
        using var site = SampleSite.Create();
        Directory.CreateDirectory(site.Output);
        Assert.True(site.Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, OutputWriter.MarkerFile)));
    }

    [Fact]
    public void A_page_whose_file_was_deleted_disappears_from_the_next_build()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(site.Output, "village", "hall", "index.html")));

        site.Write(SampleSite.AboutPage, "---\ntitle: About\n---\nText.");
        site.Write("news/2026-11-20-christmas-lights.md", "---\ntitle: Lights\n---\nText.");
        site.Delete("pages/village");
        Assert.True(site.Build().Succeeded);

        Assert.False(Directory.Exists(Path.Combine(site.Output, "village")));
        Assert.False(Directory.Exists(site.Output + ".old"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    public void The_site_folder_itself_or_a_folder_holding_it_is_refused(string relative)
    {
        using var site = SampleSite.Create();
        var output = Path.GetFullPath(Path.Combine(site.Root, relative));
        var result = site.Build(output);
        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.OutputFailed, Assert.Single(result.Diagnostics).Code);
        Assert.True(File.Exists(site.PathOf(SampleSite.StandingOrders)));
    }

    [Fact]
    public void The_default_output_inside_the_site_folder_is_not_read_back_as_content()
    {
        using var site = SampleSite.Create();
        var first = CommandRunner.Run("build", site.Root, "--today", "2026-11-27");
        Assert.Equal(0, first.ExitCode);
        var output = Path.Combine(site.Root, BuildOptions.DefaultOutputName);
        var before = OutputSnapshot.Take(output);

        var second = CommandRunner.Run("build", site.Root, "--today", "2026-11-27");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first.Stderr, second.Stderr);
        OutputSnapshot.Take(output).AssertSameAs(before);
    }

    [Theory]
    [InlineData("public")]
    [InlineData("static/preview")]
    [InlineData("pages/built")]
    public void An_output_anywhere_inside_the_site_folder_is_not_read_back_and_hides_nothing_else(string relative)
    {
        using var site = SampleSite.Create();
        var output = site.PathOf(relative);
        Assert.True(site.Build(output).Succeeded);
        var before = OutputSnapshot.Take(output);

        var again = site.Build(output);

        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        OutputSnapshot.Take(output).AssertSameAs(before);
        Assert.True(File.Exists(Path.Combine(output, "images", "village-sign.svg")));
        Assert.True(File.Exists(Path.Combine(output, "about", "index.html")));
    }

    [Fact]
    public void A_page_that_fails_while_being_drawn_leaves_the_previous_site_and_no_half_written_files()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        var before = OutputSnapshot.Take(site.Output);
        var beside = Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Output)!).Order().ToList();

        // Pages are written as they are drawn: this layout fails for the ordinary pages while the others are written.
        site.Write("themes/default/layouts/page.html", "<h1>{{ page.title | html.escape }}</h1>\n<p>{{ page.title | string.shout }}</p>\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateError);
        OutputSnapshot.Take(site.Output).AssertSameAs(before);
        Assert.Equal(beside, Directory.GetFileSystemEntries(Path.GetDirectoryName(site.Output)!).Order().ToList());
    }
}
