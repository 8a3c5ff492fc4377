using System.Diagnostics;
using CouncilSite.Build;
using CouncilSite.Build.Publishing;
using CouncilSite.Cli;
using CouncilSite.Diagnostics;
using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build.Publishing;

/// <summary>What the writer touches beside and inside the output: only what it made, and only through names it owns.</summary>
[Collection(SpawnsProcesses.Name)]
public class OutputPlaceTests
{
    [Fact]
    public void Folders_and_files_beside_the_output_that_an_earlier_version_might_have_used_are_not_touched()
    {
        using var site = SampleSite.Create();
        var parent = Path.GetDirectoryName(site.Output)!;
        var name = Path.GetFileName(site.Output);
        Directory.CreateDirectory(Path.Combine(parent, $".{name}.new"));
        File.WriteAllText(Path.Combine(parent, $".{name}.new", "keep.txt"), "someone's file");
        File.WriteAllText(Path.Combine(parent, $".{name}.manifest"), "someone's notes");

        Assert.True(site.Build().Succeeded);
        Assert.True(site.Build().Succeeded);

        Assert.Equal("someone's file", File.ReadAllText(Path.Combine(parent, $".{name}.new", "keep.txt")));
        Assert.Equal("someone's notes", File.ReadAllText(Path.Combine(parent, $".{name}.manifest")));
    }

    [Fact]
    public void A_folder_in_the_place_of_the_working_folder_that_is_not_CouncilSite_s_is_left_alone()
    {
        using var site = SampleSite.Create();
        var work = WorkFolderOf(site.Output);
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "notes.txt"), "someone's notes");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.OutputWorkFolder, Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(work).Select(Path.GetFileName));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_host_s_own_file_in_the_output_is_kept_from_build_to_build()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        AddHostFiles(site.Output);
        site.Write("news/2026-11-20-christmas-lights.md", "---\ntitle: Lights\n---\nText.");

        Assert.True(site.Build().Succeeded);

        AssertHostFilesKept(site.Output);
    }

    [Fact]
    public void A_host_s_own_file_where_the_new_site_needs_its_place_stops_the_build_and_is_kept()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        File.WriteAllText(Path.Combine(site.Output, "plan"), "the host's plan");
        site.Write("pages/plan.md", "---\ntitle: Plan\n---\nThe plan.");
        var before = OutputSnapshot.Take(site.Output);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.OutputInTheWay, error.Code);
        Assert.Contains("plan", error.Message);
        OutputSnapshot.Take(site.Output).AssertSameAs(before);
    }

    [Fact]
    public void A_file_that_becomes_a_folder_of_pages_between_builds_is_published_whole_and_later_builds_work()
    {
        using var site = SampleSite.Create();
        site.Write("static/plan", "the plan as a file");
        Assert.True(site.Build().Succeeded);
        site.Delete("static/plan");
        site.Write("pages/plan.md", "---\ntitle: Plan\n---\nThe plan.");

        Assert.True(site.Build().Succeeded);
        Assert.True(site.Build().Succeeded);

        Assert.True(File.Exists(Path.Combine(site.Output, "plan", "index.html")));
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void Unchanged_files_keep_their_timestamps_and_are_not_copied()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        var index = Path.Combine(site.Output, "policies", "index.html");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(index, stamp);
        site.Write("news/2026-11-20-christmas-lights.md", "---\ntitle: Lights\n---\nText.");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(index));
        Assert.True(result.FilesWritten is > 0 and < 10, $"{result.FilesWritten} files written");
    }

    /// <summary>
    /// A file the system will not let go of (marked immutable by an administrator) may make one
    /// build fail, but truly told and with the site whole, and the builds after it go on. Needs
    /// root (CI runs as root) to mark a file immutable; elsewhere there is nothing to try.
    /// </summary>
    [Fact]
    public void A_file_that_cannot_be_removed_never_mixes_the_sites_and_every_message_is_true()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        var news = Path.Combine(site.Output, "news", "index.html");
        if (!Chattr("+i", news))
        {
            return;
        }

        var failures = 0;
        try
        {
            for (var round = 0; round < 4; round++)
            {
                var before = OutputSnapshot.Take(site.Output);
                site.Write($"news/2026-11-2{round}-item.md", $"---\ntitle: Item {round}\n---\nText.");
                var result = site.Build();
                if (result.Succeeded)
                {
                    AssertSameAsCleanBuild(site);
                    continue;
                }

                failures++;
                Assert.Equal(DiagnosticCodes.OutputFailed, Assert.Single(result.Diagnostics, d => d.IsError).Code);
                OutputSnapshot.Take(site.Output).AssertSameAs(before);
            }
        }
        finally
        {
            foreach (var stuck in Directory.EnumerateFiles(Path.GetDirectoryName(site.Output)!, "index.html", SearchOption.AllDirectories))
            {
                Chattr("-i", stuck);
            }
        }

        Assert.True(failures <= 1, $"{failures} builds failed");
        Assert.True(site.Build().Succeeded);
        AssertSameAsCleanBuild(site);
    }

    [Theory]
    [InlineData("trash")]
    [InlineData("spare")]
    [InlineData("new")]
    [InlineData("manifest.tmp")]
    public void A_link_planted_in_the_working_folder_is_removed_and_what_it_leads_to_is_untouched(string name)
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        Assert.True(site.Build().Succeeded);
        var victim = Path.Combine(site.Outside, "victim");
        Directory.CreateDirectory(Path.Combine(victim, "sub"));
        File.WriteAllText(Path.Combine(victim, "sub", "a.txt"), "someone's file");
        var entry = Path.Combine(WorkFolderOf(site.Output), name);
        if (Directory.Exists(entry))
        {
            Directory.Delete(entry, recursive: true);
        }

        File.CreateSymbolicLink(entry, name.EndsWith(".tmp", StringComparison.Ordinal) ? Path.Combine(victim, "sub", "a.txt") : victim);
        site.Write("news/2026-11-20-christmas-lights.md", "---\ntitle: Lights\n---\nText.");

        Assert.True(site.Build().Succeeded);

        Assert.Equal("someone's file", File.ReadAllText(Path.Combine(victim, "sub", "a.txt")));
        Assert.Equal(["a.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(victim, "sub")).Select(Path.GetFileName));
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void With_the_working_folder_deleted_a_host_s_files_are_still_kept_and_told_of()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        AddHostFiles(site.Output);
        Directory.Delete(WorkFolderOf(site.Output), recursive: true);

        var result = site.Build();
        Assert.True(site.Build().Succeeded);

        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputUnknownFiles && !d.IsError);
        AssertHostFilesKept(site.Output);
    }

    [Fact]
    public void The_folders_of_deleted_pages_go_too_even_after_a_build_that_was_stopped()
    {
        using var site = SampleSite.Create();
        site.Write("news/2026-11-20-christmas-lights.md", "---\ntitle: Lights\n---\nText.");
        Assert.True(site.Build().Succeeded);
        Assert.True(site.Build().Succeeded);

        // The spare as a build killed while tidying leaves it: a deleted page's folder, empty.
        site.Delete("news/2026-11-20-christmas-lights.md");
        Directory.CreateDirectory(Path.Combine(WorkFolderOf(site.Output), "spare", "news", "old-item"));
        Assert.True(site.Build().Succeeded);

        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Output, "*", SearchOption.AllDirectories), d => !Directory.EnumerateFileSystemEntries(d).Any());
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void A_page_changed_back_to_what_it_was_two_builds_ago_is_dated_at_the_build()
    {
        using var site = SampleSite.Create();
        var about = Path.Combine(site.Output, "about", "index.html");
        var original = File.ReadAllText(site.PathOf(SampleSite.AboutPage));
        Assert.True(site.Build().Succeeded);
        site.Write(SampleSite.AboutPage, original + "\nA new paragraph.\n");
        Assert.True(site.Build().Succeeded);
        var changed = File.GetLastWriteTimeUtc(about);
        site.Write(SampleSite.AboutPage, original);
        Thread.Sleep(20);

        Assert.True(site.Build().Succeeded);

        Assert.True(File.GetLastWriteTimeUtc(about) > changed, "a file that changed back kept its old date");
    }

    [Fact]
    public void The_output_folder_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        const UnixFileMode GroupOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        File.SetUnixFileMode(site.Output, GroupOnly);
        site.Write("news/2026-11-20-christmas-lights.md", "---\ntitle: Lights\n---\nText.");

        Assert.True(site.Build().Succeeded);

        Assert.Equal(GroupOnly, File.GetUnixFileMode(site.Output));
    }

    [Fact]
    public void A_build_stopped_between_two_renames_has_the_previous_site_put_back_by_the_next_even_a_failed_one()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        var before = OutputSnapshot.Take(site.Output);
        Directory.Move(site.Output, Path.Combine(WorkFolderOf(site.Output), "previous"));
        site.Write(SampleSite.StandingOrders, "---\ntitle: Standing orders\nadopted: not a date\n---\nText.");

        Assert.False(site.Build().Succeeded);

        OutputSnapshot.Take(site.Output).AssertSameAs(before);
    }

    [Fact]
    public void A_half_made_site_left_by_a_killed_build_is_cleared_away_by_the_next()
    {
        using var site = SampleSite.Create();
        Assert.True(site.Build().Succeeded);
        var stage = Path.Combine(WorkFolderOf(site.Output), "new");
        Directory.CreateDirectory(Path.Combine(stage, "news"));
        File.WriteAllText(Path.Combine(stage, "news", "index.html"), "half");

        Assert.True(site.Build().Succeeded);

        Assert.False(Directory.Exists(stage));
        AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void A_failed_build_into_the_current_folder_names_that_folder_in_full()
    {
        using var site = SampleSite.Create();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "tax-return.xlsx"), "private");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        BuildReport.Print(site.Build(), stdout, stderr, current: site.Output);

        Assert.Contains($"the site in {site.Output} is as it was", stderr.ToString());
    }

    /// <summary>What a host adds to a site's folder: a server setting, and a verification file in a hidden folder.</summary>
    private static void AddHostFiles(string output)
    {
        File.WriteAllText(Path.Combine(output, ".htaccess"), "Options -Indexes\n");
        Directory.CreateDirectory(Path.Combine(output, ".well-known"));
        File.WriteAllText(Path.Combine(output, ".well-known", "verify.txt"), "token");
    }

    private static void AssertHostFilesKept(string output)
    {
        Assert.Equal("Options -Indexes\n", File.ReadAllText(Path.Combine(output, ".htaccess")));
        Assert.Equal("token", File.ReadAllText(Path.Combine(output, ".well-known", "verify.txt")));
    }

    internal static string WorkFolderOf(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.councilsite");

    /// <summary>The output is exactly what a build into a new folder makes, marker included.</summary>
    internal static void AssertSameAsCleanBuild(TempSite site)
    {
        var clean = site.Output + "-clean";
        Assert.True(site.Build(clean).Succeeded);
        OutputSnapshot.Take(site.Output).AssertSameAs(OutputSnapshot.Take(clean));
    }

    private static bool Chattr(string flag, string path)
    {
        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
            chattr.WaitForExit();
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
