using CouncilSite.Tests.Support;

namespace CouncilSite.Tests.Build;

public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_in_different_folders_are_byte_identical()
    {
        using var first = SampleSite.Create();
        using var second = SampleSite.Create();
        Assert.True(first.Build().Succeeded);
        Assert.True(second.Build().Succeeded);

        var a = OutputSnapshot.Take(first.Output);
        var b = OutputSnapshot.Take(second.Output);
        b.AssertSameAs(a);
        Assert.True(a.Paths.Count > 30);
    }

    [Fact]
    public void Building_again_changes_no_file_and_keeps_every_timestamp_so_uploads_send_nothing()
    {
        using var site = SampleSite.Create();
        var first = site.Build();
        var before = OutputSnapshot.Take(site.Output);
        var old = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(site.Output, f), File.GetLastWriteTimeUtc);
        foreach (var file in old.Keys)
        {
            File.SetLastWriteTimeUtc(Path.Combine(site.Output, file), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }

        var second = site.Build();

        Assert.True(second.Succeeded);
        Assert.Equal(first.FilesWritten, second.FilesUnchanged);
        Assert.Equal(0, second.FilesWritten);
        OutputSnapshot.Take(site.Output).AssertSameAs(before);
        foreach (var file in old.Keys.Where(f => f != CouncilSite.Build.Publishing.OutputWriter.MarkerFile))
        {
            Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(Path.Combine(site.Output, file)));
        }
    }

    [Fact]
    public void Messages_come_in_the_same_order_every_time()
    {
        using var site = new TempSite(
            ("pages/b.md", "[x](missing-b.md)\n\n![](/images/none.png)"),
            ("pages/a.md", "[x](missing-a.md)"),
            ("meetings/2026-01-15-parish-party/agenda.md", "1."),
            ("policies/p.md", "---\nadopted: 2026-02-30\n---\n"));
        var first = CommandRunner.Build(site).Stderr;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(first, CommandRunner.Build(site).Stderr);
        }
    }
}
